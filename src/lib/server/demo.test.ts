import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { db } from './db/client';
import { loadDemoIfEmpty } from './demo';
import { newsArticles, pages, people, resources } from './content/schema';
import { events, registrations } from './events/schema';
import { programmes } from './programmes/schema';
import { applications, programmeCalls } from './programmes/calls-schema';
import { goalStatements, workspaces } from './fremtidsbilde/schema';
import { users } from './accounts/schema';

const rows = async (t: PgTable) => (await db.select({ n: count() }).from(t))[0].n;

describe('the starting content without the fictional demo people', () => {
	it('has the programme’s seed content and no made-up person, once', async () => {
		expect(await loadDemoIfEmpty({ fictional: false })).toBe(true);
		for (const t of [pages, newsArticles, resources, people, events, programmes, programmeCalls])
			expect(await rows(t)).toBeGreaterThan(0);
		expect(await rows(goalStatements)).toBeGreaterThan(0);
		// No fictional members, fremtidsbilder, registrations or applications.
		expect(await rows(users)).toBe(0);
		expect(await rows(workspaces)).toBe(0);
		expect(await rows(registrations)).toBe(0);
		expect(await rows(applications)).toBe(0);
		// Loaded once: a second start leaves it alone.
		expect(await loadDemoIfEmpty({ fictional: true })).toBe(false);
		expect(await rows(users)).toBe(0);
	});
});
