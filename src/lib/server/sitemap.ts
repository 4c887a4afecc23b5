/** Every public address for /sitemap.xml: each domain contributes its own list. */
import { contentSitemapEntries, type SitemapEntry } from './content/feeds';
import { storySitemapEntries } from './fremtidsbilde/stories.service';
import { eventSitemapEntries } from './events/events.service';
import { programmeSitemapEntries } from './programmes/programmes.public';
import { publishedLanguagesByItem } from './content/translations';

export async function allSitemapEntries(): Promise<SitemapEntry[]> {
	// Which languages each item exists in: one query for every kind, shared by the lists.
	const translated = await publishedLanguagesByItem();
	const parts = await Promise.all([
		contentSitemapEntries(translated),
		storySitemapEntries(translated),
		eventSitemapEntries(translated),
		programmeSitemapEntries(translated)
	]);
	return parts.flat();
}
