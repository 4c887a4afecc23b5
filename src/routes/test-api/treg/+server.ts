import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { requireTestMode } from '$lib/server/test-mode';
import { db } from '$lib/server/db/client';
import { log } from '$lib/server/log';
import type { RequestHandler } from './$types';

/**
 * Test mode: POST {"ms": n} answers after n ms (at most 15 000), then asks the database and
 * logs that it finished. The crash test sends one just before SIGTERM: the app must let it
 * finish against an open pool before it stops (server/index.js).
 */
export const POST: RequestHandler = async ({ request }) => {
	requireTestMode();
	const body = (await request.json().catch(() => ({}))) as { ms?: number };
	const ms = Math.min(Math.max(Number(body.ms) || 0, 0), 15_000);
	log.warn('Treg testforespørsel startet', { ms });
	await new Promise((r) => setTimeout(r, ms));
	await db.execute(sql`select 1`);
	log.warn('Treg testforespørsel ferdig', { ms });
	return json({ ms });
};
