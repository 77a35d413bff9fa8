/** Notification deliveries (admin): the dead letters first; a failed delivery can be sent again. */
import { h } from '../dom.js';
import { formatDateTime, roleLabel, t } from '../i18n.js';
import { ApiError, get, query, request } from '../api.js';
import { errorPanel, instanceHref, noticePanel, pageHeader, section, table } from '../ui.js';

const STATUSES = ['failed', 'pending', 'sent', 'skipped'];

const audienceLabel = (audience) => (audience.startsWith('role:') ? roleLabel(audience.slice(5)) : t('notifications.personal'));

export async function notificationsPage({ basics, query: search, navigate, notice, flash, rerender }) {
  if (!basics.me.roles.includes('admin')) return errorPanel(new ApiError(403, { code: 'forbidden_role' }));
  const status = STATUSES.includes(search.get('status')) ? search.get('status') : 'failed';
  const { items } = await get(`/admin/notifications${query({ status, limit: 200 })}`);

  const filter = h(
    'select',
    { id: 'status-filter', 'aria-label': t('notifications.status'), onchange: (e) => navigate(`#/notifications?status=${e.target.value}`) },
    STATUSES.map((s) => h('option', { value: s, selected: s === status }, t(`notifications.status.${s}`))),
  );
  const retry = (delivery) =>
    h(
      'button',
      {
        type: 'button',
        dataset: { id: delivery.id },
        onclick: async (event) => {
          event.target.disabled = true;
          try {
            await request('POST', `/admin/notifications/${encodeURIComponent(delivery.id)}/retry`);
            flash(t('notifications.requeued'));
            rerender();
          } catch (error) {
            event.target.replaceWith(errorPanel(error));
          }
        },
      },
      t('notifications.retry'),
    );

  return [
    noticePanel(notice),
    pageHeader(t('notifications.title'), h('label', { class: 'inline' }, t('notifications.status'), ' ', filter)),
    h('p', { class: 'muted' }, t('notifications.intro')),
    section(
      t(`notifications.status.${status}`),
      table(
        [t('notifications.notice'), t('notifications.to'), t('notifications.channel'), t('notifications.attempts'), t('notifications.lastError'), t('notifications.createdAt'), ''],
        items.map((d) => ({
          attrs: { dataset: { id: d.id } },
          cells: [
            h('a', { href: instanceHref(d.workflow, d.instanceId) }, d.message),
            d.recipient ? (d.recipient.name ?? t('names.unknownPerson')) : audienceLabel(d.audience),
            t(`notifications.channel.${d.channel}`),
            String(d.attempts),
            d.lastError ?? '—',
            h('time', { datetime: d.createdAt }, formatDateTime(d.createdAt)),
            d.status === 'failed' ? retry(d) : null,
          ],
        })),
        { empty: t('notifications.empty') },
      ),
    ),
  ];
}
