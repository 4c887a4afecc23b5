/** The national catalogue of societal goals (samfunnsmål). */
import { asc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { goals } from './schema';
import { pages } from '../content/schema';

export async function listGoals() {
	return db
		.select({
			id: goals.id,
			slug: goals.slug,
			title: goals.title,
			description: goals.description,
			sdgs: goals.sdgs,
			themePath: pages.path,
			themeTitle: pages.title,
			themeStatus: pages.status
		})
		.from(goals)
		.leftJoin(pages, eq(pages.id, goals.themePageId))
		.orderBy(asc(goals.position), asc(goals.id));
}
