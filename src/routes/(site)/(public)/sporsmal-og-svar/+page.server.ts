import { faqByTopic } from '$lib/server/content/faq.service';
import { renderMarkdown } from '$lib/server/content/markdown';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	topics: (await faqByTopic()).map((t) => ({
		topic: t.topic,
		entries: t.entries.map((e) => ({
			id: e.id,
			question: e.question,
			textLang: e.textLang,
			answerHtml: renderMarkdown(e.answer)
		}))
	}))
});
