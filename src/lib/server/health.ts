/** Health: the database answers, and no job is overdue in the job runner. */
import { sql } from 'drizzle-orm';
import { db } from './db/client';

export async function health() {
	const started = Date.now();
	let database: boolean;
	let overdueJobs: { name: string; count: number }[] = [];
	let failedJobs = 0;
	try {
		await db.execute(sql`select 1`);
		database = true;
		const schema = await db.execute<{ exists: boolean }>(
			sql`select exists (select 1 from information_schema.tables where table_schema = 'pgboss' and table_name = 'job') as exists`
		);
		if (schema.rows[0]?.exists) {
			const overdue = await db.execute<{ name: string; count: number }>(sql`
				select name, count(*)::int as count from pgboss.job
				where state in ('created', 'retry') and start_after < now() - interval '5 minutes'
				group by name order by name`);
			overdueJobs = overdue.rows;
			const failed = await db.execute<{ count: number }>(
				sql`select count(*)::int as count from pgboss.job where state = 'failed' and completed_on > now() - interval '1 day'`
			);
			failedJobs = failed.rows[0]?.count ?? 0;
		}
	} catch {
		database = false;
	}
	const ok = database && overdueJobs.length === 0;
	return { ok, database, overdueJobs, failedJobsLastDay: failedJobs, ms: Date.now() - started };
}
