/**
 * Reference data: counties (SSB classification 104), municipalities (131), and
 * Norsk kulturskoleråd's county chapters, which follow the older county map and are
 * their own entity mapped to counties (never derived from the county).
 */
import { boolean, char, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';

export const counties = pgTable('counties', {
	number: char('number', { length: 2 }).primaryKey(),
	name: text('name').notNull()
});

export const municipalities = pgTable('municipalities', {
	number: char('number', { length: 4 }).primaryKey(),
	name: text('name').notNull(),
	countyNumber: char('county_number', { length: 2 })
		.notNull()
		.references(() => counties.number),
	/** Member of Norsk kulturskoleråd (only members may apply to the programme's calls). */
	nkMember: boolean('nk_member').notNull().default(true)
});

export const countyChapters = pgTable('county_chapters', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	name: text('name').notNull().unique()
});

export const countyChapterCounties = pgTable(
	'county_chapter_counties',
	{
		chapterId: integer('chapter_id')
			.notNull()
			.references(() => countyChapters.id, { onDelete: 'cascade' }),
		countyNumber: char('county_number', { length: 2 })
			.notNull()
			.references(() => counties.number)
	},
	(t) => [primaryKey({ columns: [t.chapterId, t.countyNumber] })]
);
