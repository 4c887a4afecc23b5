/**
 * Test and benchmark data only (imported by `src/routes/test-api/vekst` and by tests, never by
 * the app): grows the database to `factor` × the demo volume with plain bulk SQL, not through
 * the services. Published news (spread over the years back in time, so the archive has many
 * years), pages (out of the menu), resources, users, audit log entries, outbox messages and
 * small files are copied from what is there or made up, so that after `growTo(10)` each table
 * holds about ten times what the demo has.
 *
 * `factor` counts the demo itself: 1 adds nothing, 10 adds nine more sets.
 */
import { sql } from 'drizzle-orm';
import { db, type Tx } from './db/client';

/** Rows per demo set of what the demo has little or none of. */
export const PER_SET = { users: 40, audit: 300, mail: 150, files: 20 } as const;

async function columnsOf(tx: Tx, table: string, except: string[]): Promise<string[]> {
	const r = await tx.execute<{ name: string }>(
		sql`select column_name as name from information_schema.columns
			where table_schema = current_schema() and table_name = ${table} and is_generated = 'NEVER'
			order by ordinal_position`
	);
	return r.rows.map((c) => c.name).filter((c) => !except.includes(c));
}

const list = (cols: string[], prefix = '') => cols.map((c) => `${prefix}"${c}"`).join(', ');

/** Copies every row of `table` (extra − 1 … copies) with the given columns replaced. */
async function copyRows(
	tx: Tx,
	table: string,
	copies: number,
	replaced: Record<string, string>,
	where = 'true'
): Promise<void> {
	if (copies <= 0) return;
	const cols = await columnsOf(tx, table, ['id', ...Object.keys(replaced)]);
	const target = [...cols, ...Object.keys(replaced)];
	const source = [...cols.map((c) => `s."${c}"`), ...Object.values(replaced)];
	await tx.execute(
		sql.raw(`insert into "${table}" (${list(target)})
			select ${source.join(', ')} from "${table}" s, generate_series(1, ${copies}) as k
			where ${where}`)
	);
}

/** Grows the database to about `factor` × the demo volume. Returns the row counts after. */
export async function growTo(factor: number): Promise<Record<string, number>> {
	const sets = Math.max(0, Math.floor(factor) - 1);
	if (sets > 0)
		await db.transaction(async (tx) => {
			await tx.execute(sql`set local statement_timeout = 0`);
			await addSets(tx, sets);
		});
	await db.execute(sql`analyze`);
	const counts = await db.execute<Record<string, number>>(sql`select
		(select count(*) from news_articles)::int as news,
		(select count(*) from pages)::int as pages,
		(select count(*) from resources)::int as resources,
		(select count(*) from users)::int as users,
		(select count(*) from audit_log)::int as audit,
		(select count(*) from mail_messages)::int as mail,
		(select count(*) from media_files)::int as files`);
	return counts.rows[0]!;
}

async function addSets(tx: Tx, sets: number): Promise<void> {
	// News: copy k of an article is k × 9 days older, so the archive spreads over many years.
	await copyRows(
		tx,
		'news_articles',
		sets,
		{
			slug: `s.slug || '-v' || k`,
			published_at: `s.published_at - (k * interval '9 days') - (s.id * interval '1 hour')`,
			status: `'published'`
		},
		`s.status = 'published' and s.published_at is not null`
	);
	await copyRows(
		tx,
		'pages',
		sets,
		{ slug: `s.slug || '-v' || k`, path: `s.path || '-v' || k`, show_in_menu: 'false' },
		`s.path <> '/' and s.link_url is null`
	);
	await copyRows(tx, 'resources', sets, { slug: `s.slug || '-v' || k`, featured: 'false' });
	const raw = (text: string) => tx.execute(sql.raw(text));
	await raw(`insert into users (email, name, organisation)
		select 'vekst-' || g || '@example.no', 'Vekst Bruker ' || g, 'Kulturskole ' || (g % 357)
		from generate_series(1, ${sets * PER_SET.users}) g
		on conflict do nothing`);
	await raw(`insert into audit_log (at, actor_name, action, entity_type, entity_id, summary)
		select now() - g * interval '7 minutes', 'Vekst Bruker ' || (g % 100),
			(array['nyhet.lagre','side.lagre','bruker.rolle','arrangement.lagre'])[1 + g % 4],
			(array['nyhet','side','bruker','arrangement'])[1 + g % 4], (g % 500)::text,
			'Endret innhold nummer ' || g
		from generate_series(1, ${sets * PER_SET.audit}) g`);
	await raw(`insert into mail_messages ("to", subject, text, html, template, status, created_at, sent_at)
		select 'mottaker-' || g || '@example.no', 'Melding ' || g, repeat('Tekst ', 200),
			'<p>' || repeat('Tekst ', 200) || '</p>', 'vekst',
			(case when g % 50 = 0 then 'failed' else 'sent' end)::mail_status,
			now() - g * interval '3 minutes', now() - g * interval '3 minutes'
		from generate_series(1, ${sets * PER_SET.mail}) g`);
	await raw(`insert into media_files (name, mime, size, sha256, data, created_at)
		select 'vedlegg-' || g || '.pdf', 'application/pdf', 1024, md5(g::text),
			decode(repeat('00', 1024), 'hex'), now() - g * interval '1 hour'
		from generate_series(1, ${sets * PER_SET.files}) g`);
}
