import { asc, getTableColumns } from 'drizzle-orm';
import { db } from '../db/client';
import { faqEntries } from './schema';
import { joinTranslation, listText, listTranslated, markFallbacks } from './translations';
import { currentLang } from '$lib/i18n';

/**
 * FAQ grouped by topic, in the editors' order. In nynorsk and English each question and answer
 * is its published translation's where there is one (one join; none in bokmål); `textLang` is
 * 'nb' for the entries shown in bokmål to a nynorsk or English visitor.
 */
export async function faqByTopic() {
	const lang = currentLang();
	const found = await joinTranslation(
		db
			.select({
				...getTableColumns(faqEntries),
				question: listText(lang, 'title', faqEntries.question),
				answer: listText(lang, 'body', faqEntries.answer),
				translated: listTranslated(lang)
			})
			.from(faqEntries)
			.$dynamic(),
		'sporsmal',
		faqEntries.id,
		lang
	).orderBy(asc(faqEntries.position), asc(faqEntries.id));
	const rows = markFallbacks(found, lang);
	const topics = new Map<string, typeof rows>();
	for (const e of rows) topics.set(e.topic, [...(topics.get(e.topic) ?? []), e]);
	return [...topics].map(([topic, entries]) => ({ topic, entries }));
}
