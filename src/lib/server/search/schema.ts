/**
 * The words of the published content, for «Mente du …?» (search/words.ts): every distinct word
 * (unstemmed, lower case) of each language and in how many items it stands, refreshed by a job
 * from `ts_stat`. The trigram index (pg_trgm) finds the words closest to a misspelt one.
 */
import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

export const searchWords = pgTable(
	'search_words',
	{
		word: text('word').notNull(),
		/** The language of the text the word stands in ('nb', 'nn' or 'en'). */
		lang: text('lang').notNull(),
		/** Items the word stands in. */
		items: integer('items').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.word, t.lang] }),
		index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`)
	]
);
