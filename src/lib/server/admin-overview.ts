/** The admin front page: what needs attention, per role. */
import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { db } from './db/client';
import { newsArticles, pages, resources } from './content/schema';
import type { Actor } from './accounts/actor';
import { authorize, can, isAdmin, isEditor, isWriter } from './accounts/permissions';
import { editorDesk, type EditorDesk } from './content/dashboard';
import { health } from './health';
import { mailCounts } from './mail/send';

export async function adminOverview(actor: Actor) {
	authorize(actor, can.useAdmin, 'admin.oversikt');
	const out: {
		content?: { drafts: number; scheduled: number };
		operations?: { mail: Record<string, number>; health: Awaited<ReturnType<typeof health>> };
		/** The writers' desk: drafts, approval, plans, recent changes, older translations. */
		desk?: EditorDesk;
	} = {};
	if (isWriter(actor)) out.desk = await editorDesk(actor);
	if (isEditor(actor)) {
		const drafts = await Promise.all(
			[pages, newsArticles, resources].map((t) =>
				db
					.select({ n: count() })
					.from(t)
					.where(and(eq(t.status, 'draft'), sql`${t.publishAt} is null`))
			)
		);
		const scheduled = await Promise.all(
			[pages, newsArticles, resources].map((t) =>
				db.select({ n: count() }).from(t).where(isNotNull(t.publishAt))
			)
		);
		out.content = {
			drafts: drafts.reduce((a, [r]) => a + r.n, 0),
			scheduled: scheduled.reduce((a, [r]) => a + r.n, 0)
		};
	}
	if (isAdmin(actor)) out.operations = { mail: await mailCounts(), health: await health() };
	return out;
}
