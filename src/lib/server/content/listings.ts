/** The lists a page can show under its body (pages.listing). */
import type { PageListing } from './schema';
import { latestNews } from './news.service';
import { listResources } from './resources.service';
import { peopleByGroup } from './people.service';

export async function loadListing(listing: string | null) {
	switch (listing as PageListing | null) {
		case 'nyheter':
			return { type: 'nyheter' as const, news: await latestNews(10) };
		case 'rapporter':
			return { type: 'ressurser' as const, resources: await listResources({ kinds: ['rapport'] }) };
		case 'temapakker':
			return {
				type: 'ressurser' as const,
				resources: await listResources({ kinds: ['temapakke'] })
			};
		case 'filmer':
			return {
				type: 'ressurser' as const,
				resources: await listResources({ kinds: ['film', 'opptak'] })
			};
		case 'ressurser':
			return { type: 'ressurser' as const, resources: await listResources() };
		case 'personer':
			return {
				type: 'personer' as const,
				groups: (await peopleByGroup()).map((g) => ({
					heading: g.heading,
					members: g.members
				}))
			};
		default:
			return null;
	}
}
