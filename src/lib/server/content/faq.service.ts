import { and, asc, eq, getTableColumns, lte, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { now } from '../clock';
import { contentTranslations, faqEntries } from './schema';
import { currentLang } from '$lib/i18n';

const tr = contentTranslations;

/**
 * FAQ grouped by topic, in the editors' order. In nynorsk and English each question and answer
 * is its published translation's where there is one (one join); `textLang` is 'nb' for the
 * entries shown in bokmål to a nynorsk or English visitor.
 */
export async function faqByTopic() {
	const lang = currentLang();
	const found = await db
		.select({
			...getTableColumns(faqEntries),
			question: sql<string>`coalesce(${tr.title}, ${faqEntries.question})`,
			answer: sql<string>`coalesce(${tr.body}, ${faqEntries.answer})`,
			translated: sql<boolean>`${tr.id} is not null`
		})
		.from(faqEntries)
		.leftJoin(
			tr,
			and(
				eq(tr.kind, 'sporsmal'),
				eq(tr.itemId, faqEntries.id),
				sql`${tr.lang}::text = ${lang}`,
				eq(tr.status, 'published'),
				lte(tr.publishedAt, now())
			)
		)
		.orderBy(asc(faqEntries.position), asc(faqEntries.id));
	const rows = found.map(({ translated, ...e }) => ({
		...e,
		textLang: lang !== 'nb' && !translated ? ('nb' as const) : undefined
	}));
	const topics = new Map<string, typeof rows>();
	for (const e of rows) topics.set(e.topic, [...(topics.get(e.topic) ?? []), e]);
	return [...topics].map(([topic, entries]) => ({ topic, entries }));
}
