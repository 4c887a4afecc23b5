/**
 * Test and benchmark data only (imported by `src/routes/test-api/vekst` and by tests, never by
 * the app): grows the database to `factor` × the demo volume with plain bulk SQL, not through
 * the services. Published news (spread over the years back in time, so the archive has many
 * years), pages (out of the menu), resources, users, audit log entries, outbox messages and
 * small files are copied from what is there or made up, so that after `growTo(10)` each table
 * holds about ten times what the demo has.
 *
 * Beyond the archive (issue 16's «tens of thousands of registrations»): the demo's event with
 * options (GROWTH_EVENT_SLUG) gets REGISTRATIONS_PER_SET registrations per set (about 50 000 at
 * 100×, with places on its options), more municipalities get a fremtidsbilde workspace copied
 * from GROWTH_MUNICIPALITY's (goals, closed rounds with their results, actions, log entries) and
 * an application to the demo call, until all 357 have both at 100×.
 *
 * `factor` counts the demo itself: 1 adds nothing, 10 adds nine more sets.
 */
import { sql } from 'drizzle-orm';
import { db, type Tx } from './db/client';
import { DEMO_PROGRAMME_SLUG } from './programmes/demo-calls';

/** Rows per demo set of what the demo has little or none of. */
export const PER_SET = { users: 40, audit: 300, mail: 150, files: 20 } as const;

/** The demo event that grows (it has options), and registrations added to it per set. */
export const GROWTH_EVENT_SLUG = 'regional-oppstartssamling-trondelag';
export const REGISTRATIONS_PER_SET = 505;
/** The demo workspace copied to other municipalities. */
export const GROWTH_MUNICIPALITY = '5053';
/** Municipalities in Norway: all have a workspace and an application at 100×. */
const ALL_MUNICIPALITIES = 357;

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
	// As autovacuum would in time: statistics, and the visibility map for index-only counts.
	await db.execute(sql`vacuum analyze`);
	const counts = await db.execute<Record<string, number>>(sql`select
		(select count(*) from news_articles)::int as news,
		(select count(*) from pages)::int as pages,
		(select count(*) from resources)::int as resources,
		(select count(*) from users)::int as users,
		(select count(*) from audit_log)::int as audit,
		(select count(*) from mail_messages)::int as mail,
		(select count(*) from media_files)::int as files,
		(select count(*) from registrations)::int as registrations,
		(select count(*) from workspaces)::int as workspaces,
		(select count(*) from actions)::int as actions,
		(select count(*) from log_entries)::int as log,
		(select count(*) from applications)::int as applications`);
	return counts.rows[0]!;
}

/** Where the benchmark looks: the growing event, the copied workspace, the demo call's programme. */
export async function growthTargets(): Promise<{
	eventId: number | null;
	municipality: string;
	programme: string;
}> {
	const r = await db.execute<{ id: number }>(
		sql`select id from events where slug = ${GROWTH_EVENT_SLUG}`
	);
	// The template workspace, or (without the fictional demo) the first made-up one.
	const w = await db.execute<{ nr: string }>(
		sql`select municipality_number as nr from workspaces
			order by municipality_number <> ${GROWTH_MUNICIPALITY}, municipality_number limit 1`
	);
	return {
		eventId: r.rows[0]?.id ?? null,
		municipality: w.rows[0]?.nr ?? GROWTH_MUNICIPALITY,
		programme: DEMO_PROGRAMME_SLUG
	};
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
	await growRegistrations(tx, sets);
	await growWorkspaces(tx, sets);
	await growApplications(tx, sets);
}

/** `copies` of each row of `from` (an SQL from-clause naming the source rows `s`) into `table`. */
async function copyFrom(
	tx: Tx,
	table: string,
	replaced: Record<string, string>,
	from: string,
	except: string[] = ['id']
): Promise<void> {
	const cols = await columnsOf(tx, table, [...except, ...Object.keys(replaced)]);
	const target = [...cols, ...Object.keys(replaced)];
	const source = [...cols.map((c) => `s."${c}"`), ...Object.values(replaced)];
	await tx.execute(
		sql.raw(`insert into "${table}" (${list(target)}) select ${source.join(', ')} ${from}`)
	);
}

/** The growing event: registrations (most with a seat, some waiting, some cancelled) and options. */
async function growRegistrations(tx: Tx, sets: number): Promise<void> {
	const raw = (text: string) => tx.execute(sql.raw(text));
	const ev = await tx.execute<{ id: number }>(
		sql`select id from events where slug = ${GROWTH_EVENT_SLUG}`
	);
	const id = ev.rows[0]?.id;
	if (!id) return;
	await raw(`insert into registrations (event_id, status, name, email, municipality_number,
			county_number, organisation, role, answers, registered_at, confirmed_at, waitlisted_at,
			cancelled_at, lang)
		select ${id}, st.status::registration_status, 'Deltaker ' || g, 'deltaker-' || g || '@example.no',
			mu.number, mu.county_number, 'Kulturskole ' || mu.name,
			(array['kulturskoleleder','kulturskoleansatt','skoleleder','folkevalgt'])[1 + g % 4], '{}'::jsonb,
			now() - g * interval '1 minute',
			case when st.status = 'confirmed' then now() - g * interval '1 minute' end,
			case when st.status = 'waitlisted' then now() - g * interval '1 minute' end,
			case when st.status = 'cancelled' then now() - g * interval '30 seconds' end,
			(array['nb','nn','en'])[1 + g % 3]
		from generate_series(1, ${sets * REGISTRATIONS_PER_SET}) g
		cross join lateral (select case when g % 20 = 0 then 'cancelled'
			when g % 7 = 0 then 'waitlisted' else 'confirmed' end as status) st
		join (select number, county_number, name, (row_number() over (order by number) - 1)::int as i
			from municipalities) mu on mu.i = g % (select count(*) from municipalities)`);
	// Options: a seated person has a place on one or two of them (some on a waitlist), a waiting
	// person's choices wait with them (pending).
	await raw(`insert into registration_options (registration_id, option_id, status, waitlisted_at)
		select r.id, o.id,
			(case when r.status = 'waitlisted' then 'pending'
				when (r.id + o.position) % 5 = 1 then 'waitlisted' else 'confirmed' end)::option_status,
			case when r.status <> 'waitlisted' and (r.id + o.position) % 5 = 1 then r.registered_at end
		from registrations r join event_options o on o.event_id = r.event_id
		where r.event_id = ${id} and r.status <> 'cancelled' and r.email like 'deltaker-%'
			and (r.id + o.position) % 3 <> 0
		on conflict do nothing`);
	await raw(`update events set
			confirmed_count = (select count(*) from registrations where event_id = ${id} and status = 'confirmed'),
			waitlisted_count = (select count(*) from registrations where event_id = ${id} and status = 'waitlisted')
		where id = ${id}`);
}

/** Municipalities past the demo's, a share per set: all of them at 100×. */
const municipalitiesFor = (sets: number) =>
	Math.min(ALL_MUNICIPALITIES, Math.ceil((ALL_MUNICIPALITIES * sets) / 99));

/** Workspaces copied from GROWTH_MUNICIPALITY's to municipalities without one. */
async function growWorkspaces(tx: Tx, sets: number): Promise<void> {
	const raw = (text: string) => tx.execute(sql.raw(text));
	const T = `'${GROWTH_MUNICIPALITY}'`;
	const has = await tx.execute<{ n: number }>(
		sql.raw(`select count(*)::int as n from workspaces where municipality_number = ${T}`)
	);
	await raw(`create temp table grow_munis on commit drop as
		select number from municipalities
		where number not in (select municipality_number from workspaces)
		order by number limit ${municipalitiesFor(sets)}`);
	// Without the fictional demo there is no workspace to copy: made-up ones instead.
	if (!has.rows[0]?.n) return madeUpWorkspaces(tx);
	const each = `from grow_munis n cross join`;
	await copyFrom(
		tx,
		'workspaces',
		{ municipality_number: 'n.number' },
		`${each} workspaces s where s.municipality_number = ${T}`,
		[]
	);
	await copyFrom(
		tx,
		'workspace_goals',
		{ municipality_number: 'n.number' },
		`${each} workspace_goals s where s.municipality_number = ${T}`
	);
	await copyFrom(
		tx,
		'actions',
		{ municipality_number: 'n.number', workspace_goal_id: 'ng.id' },
		`${each} actions s join workspace_goals og on og.id = s.workspace_goal_id
			join workspace_goals ng on ng.municipality_number = n.number and ng.goal_id = og.goal_id
			where s.municipality_number = ${T}`
	);
	await copyFrom(
		tx,
		'log_entries',
		{ municipality_number: 'n.number' },
		`${each} log_entries s where s.municipality_number = ${T}`
	);
	// Closed rounds with their frozen results, statements and conclusions (answers long deleted).
	await copyFrom(
		tx,
		'rounds',
		{
			municipality_number: 'n.number',
			answers_deleted_at: 'coalesce(s.answers_deleted_at, s.closed_at)'
		},
		`${each} rounds s where s.municipality_number = ${T} and s.closed_at is not null`
	);
	const sameRound = `join rounds orr on orr.id = s.round_id
		join rounds nr on nr.municipality_number = n.number and nr.opened_at = orr.opened_at and nr.title = orr.title
		where orr.municipality_number = ${T} and orr.closed_at is not null`;
	await copyFrom(
		tx,
		'round_statements',
		{ round_id: 'nr.id' },
		`${each} round_statements s ${sameRound}`
	);
	await copyFrom(
		tx,
		'round_conclusions',
		{ round_id: 'nr.id' },
		`${each} round_conclusions s ${sameRound}`,
		[]
	);
}

/** Workspaces for grow_munis without a template: two goals, three actions each, a log. */
async function madeUpWorkspaces(tx: Tx): Promise<void> {
	const raw = (text: string) => tx.execute(sql.raw(text));
	await raw(`insert into workspaces (municipality_number, focus_area)
		select number, 'Kulturskolen som ressurs for barn og unge i kommunen' from grow_munis`);
	await raw(`insert into workspace_goals (municipality_number, goal_id, position, target_picture, gap)
		select n.number, g.id, g.position, 'Kulturskolen er en del av kommunens oppvekstarbeid.',
			'Vi mangler faste møtepunkter med skolene.'
		from grow_munis n
		cross join (select id, (row_number() over (order by id))::int as position from goals order by id limit 2) g`);
	await raw(`insert into actions (municipality_number, workspace_goal_id, title, description, partners, status)
		select wg.municipality_number, wg.id, 'Tiltak ' || k, 'Et tiltak for å lukke gapet.',
			'Skole og bibliotek', (array['planlagt','i_gang','fullfort'])[1 + k % 3]::action_status
		from workspace_goals wg join grow_munis n on n.number = wg.municipality_number
		cross join generate_series(1, 3) k`);
	await raw(`insert into log_entries (municipality_number, cycle, phase, happened_on, text)
		select n.number, 1 + k / 4,
			(array['plan','handling','observasjon','refleksjon'])[1 + k % 4]::learning_phase,
			current_date - k * 7, 'Vi prøvde noe nytt og lærte av det (' || k || ').'
		from grow_munis n cross join generate_series(0, 7) k`);
}

/** Applications to the demo call from municipalities that have none there. */
async function growApplications(tx: Tx, sets: number): Promise<void> {
	const raw = (text: string) => tx.execute(sql.raw(text));
	const call = await tx.execute<{ id: number }>(
		sql`select c.id from programme_calls c join programmes p on p.id = c.programme_id where p.slug = ${DEMO_PROGRAMME_SLUG}`
	);
	const id = call.rows[0]?.id;
	if (!id) return;
	await raw(`create temp table grow_applicants on commit drop as
		select number from municipalities
		where number not in (select municipality_number from application_municipalities where call_id = ${id} and not withdrawn)
		order by number desc limit ${municipalitiesFor(sets)}`);
	await raw(`insert into applications (call_id, status, decision, motivation, focus_area,
			contact_name, contact_email, submitted_at)
		select ${id}, 'sendt', (array['ingen','ingen','tatt_opp','venteliste','avslag'])[1 + (n.number::int % 5)]::application_decision,
			'Vi vil styrke kulturskolens rolle i ' || mu.name || '. ' || repeat('Begrunnelse. ', 40),
			'Samarbeid med skole og barnehage', 'Kontakt ' || mu.name,
			'soknad-' || n.number || '@example.no', now() - (n.number::int % 30) * interval '1 day'
		from grow_applicants n join municipalities mu on mu.number = n.number`);
	await raw(`insert into application_municipalities (application_id, call_id, municipality_number)
		select a.id, ${id}, n.number from grow_applicants n
		join applications a on a.call_id = ${id} and a.contact_email = 'soknad-' || n.number || '@example.no'`);
}
