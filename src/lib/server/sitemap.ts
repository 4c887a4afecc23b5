/** Every public address for /sitemap.xml: each domain contributes its own list. */
import { contentSitemapEntries, type SitemapEntry } from './content/feeds';
import { storySitemapEntries } from './fremtidsbilde/stories.service';
import { eventSitemapEntries } from './events/events.service';

export async function allSitemapEntries(): Promise<SitemapEntry[]> {
	const parts = await Promise.all([
		contentSitemapEntries(),
		storySitemapEntries(),
		eventSitemapEntries()
	]);
	return parts.flat();
}
