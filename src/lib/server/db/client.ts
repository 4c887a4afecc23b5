/**
 * The one database connection pool. `connect()` is called once at start-up (or by the
 * test set-up with a fresh database); everything else imports `db`.
 */
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';
import { log } from '../log';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; services accept `Db | Tx` where they can join a caller's transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

// pg returns `timestamptz` as Date and `date` as string; keep bigint counts as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number.parseFloat(v));

export let pool: pg.Pool;
export let db: Db;

export function connect(url: string, max = 20): Db {
	pool = new pg.Pool({ connectionString: url, max, application_name: 'fremtidens-kulturskole' });
	// An idle connection the server closed. At shutdown (57P01) that is expected; otherwise the
	// pool opens a new one when it is needed. One line, not the connection object.
	pool.on('error', (e: Error & { code?: string }) => {
		if (e.code === '57P01') log.info('Databaseforbindelse stengt av serveren');
		else log.warn('Databaseforbindelse mistet', { code: e.code, message: e.message });
	});
	db = drizzle(pool, { schema });
	return db;
}

export async function disconnect(): Promise<void> {
	await pool?.end();
}
