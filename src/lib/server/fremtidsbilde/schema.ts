/**
 * The fremtidsbilde tool's national catalogue of societal goals (samfunnsmål), kept by
 * admins. The public front page shows it as the programme's model.
 */
import { integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { editable } from '../db/types';
import { pages } from '../content/schema';

export const goals = pgTable('goals', {
	id: serial('id').primaryKey(),
	slug: text('slug').notNull().unique(),
	title: text('title').notNull(),
	/** Markdown. */
	description: text('description').notNull().default(''),
	/** UN sustainable development goals (1–17) the goal relates to. */
	sdgs: integer('sdgs').array().notNull().default([]),
	/** The Kulturskole 3.0 theme page that deepens the goal. */
	themePageId: integer('theme_page_id').references(() => pages.id, { onDelete: 'set null' }),
	position: integer('position').notNull().default(0),
	...editable()
});
