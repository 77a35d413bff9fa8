import { migratedPglite } from '../support/database.ts';
import { storeContract } from '../support/store-contract.ts';

storeContract('pglite', () => migratedPglite());
