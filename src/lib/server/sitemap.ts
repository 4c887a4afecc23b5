/** Every public address for /sitemap.xml: each domain contributes its own list. */
import { contentSitemapEntries, type SitemapEntry } from './content/feeds';
import { storySitemapEntries } from './fremtidsbilde/stories.service';
import { eventSitemapEntries } from './events/events.service';
import { programmeSitemapEntries } from './programmes/programmes.public';

export async function allSitemapEntries(): Promise<SitemapEntry[]> {
	const parts = await Promise.all([
		contentSitemapEntries(),
		storySitemapEntries(),
		eventSitemapEntries(),
		programmeSitemapEntries()
	]);
	return parts.flat();
}
