/**
 * The workflow diagram (SVG from GET /workflows/{w}/diagram?format=svg&instance=) placed inline:
 * parsed as SVG, stripped of anything active, its state and event labels translated, and the
 * current state's node marked (the server already colours it).
 */
import { eventLabel, has, stateLabel, t, tFirst } from './i18n.js';

const ACTIVE = ['script', 'foreignObject', 'iframe', 'object', 'embed', 'style'];

function sanitize(svg) {
  for (const tag of ACTIVE) for (const el of [...svg.getElementsByTagName(tag)]) el.remove();
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const href = name === 'href' || name === 'xlink:href';
      if (name.startsWith('on') || name === 'style' || (href && !attr.value.startsWith('#'))) el.removeAttribute(attr.name);
    }
  }
}

function translate(svg, workflow) {
  for (const text of svg.querySelectorAll('g.node text')) {
    const key = text.textContent.trim();
    if (has(`state.${key}`) || has(`state.${workflow}.${key}`)) text.textContent = stateLabel(key, workflow);
  }
  for (const text of svg.querySelectorAll('g.edge text')) text.textContent = edgeLabel(text.textContent.trim());
}

/** `EventType`, `EventType [guard]`, `after delayName` in words. */
function edgeLabel(label) {
  const guarded = /^(\w+) \[(!?)(\w+)\]$/.exec(label);
  if (guarded && has(`event.${guarded[1]}`)) {
    const guard = tFirst([`guard.${guarded[3]}`], guarded[3]);
    return `${eventLabel(guarded[1])} [${guarded[2] ? t('guard.not', { guard }) : guard}]`;
  }
  const timer = /^after (\w+)$/.exec(label);
  if (timer) return tFirst([`timer.${timer[1]}`], label);
  return has(`event.${label}`) ? eventLabel(label) : label;
}

/** An inline <svg> element, or null when the text is not an SVG document. */
export function diagramElement(text, workflow, currentState) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  if (!svg || svg.nodeName.toLowerCase() !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return null;
  sanitize(svg);
  for (const node of svg.querySelectorAll('g.node')) {
    const title = node.querySelector('title')?.textContent?.trim();
    node.setAttribute('data-state', title ?? '');
    if (title === currentState) node.classList.add('current');
  }
  translate(svg, workflow);
  svg.setAttribute('role', 'img');
  svg.classList.add('diagram');
  return document.importNode(svg, true);
}
