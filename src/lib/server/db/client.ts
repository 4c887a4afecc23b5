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

export interface Timeouts {
	/** statement_timeout of every connection, ms (0 or unset: the server's default). */
	statementMs?: number;
	/** lock_timeout of every connection, ms (0 or unset: the server's default). */
	lockMs?: number;
}

/**
 * Opens the pool: `max` connections, each started with the given timeouts (sent as
 * start-up parameters, so they hold from the first statement; `SET LOCAL` can lift them for
 * one transaction, as migrations and the demo loading do).
 */
export function connect(url: string, max = 20, timeouts: Timeouts = {}): Db {
	pool = new pg.Pool({
		connectionString: url,
		max,
		application_name: 'fremtidens-kulturskole',
		...(timeouts.statementMs ? { statement_timeout: timeouts.statementMs } : {}),
		...(timeouts.lockMs ? { lock_timeout: timeouts.lockMs } : {})
	});
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
