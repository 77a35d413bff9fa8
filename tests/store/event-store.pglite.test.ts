import { migratedPglite } from '../support/database.ts';
import { storeContract } from './store-contract.ts';

storeContract('pglite', () => migratedPglite());
