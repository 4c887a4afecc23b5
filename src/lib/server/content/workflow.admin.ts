/** What an item's editor shows about its workflow: the working copy (what changed) and approval. */
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { newsArticles, pages, resources } from './schema';
import type { Actor } from '../accounts/actor';
import { authorize, can } from '../accounts/permissions';
import type { EditableType } from './editing';
import { describeWorkingCopy, workingCopyOf, type WorkingCopyInfo } from './working-copy';
import { reviewOf, sendBack } from './review';

const TABLES = { side: pages, nyhet: newsArticles, ressurs: resources } as const;
export type WorkflowType = keyof typeof TABLES;
export const hasWorkflow = (type: EditableType): type is WorkflowType => type in TABLES;

export interface ItemWorkflow {
	workingCopy: WorkingCopyInfo | null;
	review: {
		state: 'venter' | 'sendt-tilbake';
		submittedByName: string;
		submittedAt: Date;
		comment: string;
		reviewedByName: string | null;
		reviewedAt: Date | null;
	} | null;
	/** Publishing steps (editors) or only save and send for approval (contributors). */
	canPublish: boolean;
	/** May send a waiting item back (editors). */
	canReview: boolean;
}

export async function itemWorkflow(
	actor: Actor,
	type: WorkflowType,
	id: number | null
): Promise<ItemWorkflow> {
	authorize(actor, can.writeContent, `${type}.arbeidsflyt`, id);
	const base = {
		canPublish: can.publishStep(actor, 'publiser'),
		canReview: can.reviewContent(actor)
	};
	if (id === null) return { workingCopy: null, review: null, ...base };
	const table = TABLES[type];
	const [row] = await db.select().from(table).where(eq(table.id, id));
	const copy = row ? await workingCopyOf(db, type, id) : null;
	const review = row ? await reviewOf(db, type, id) : null;
	return {
		workingCopy: row && copy ? describeWorkingCopy(row, copy) : null,
		review: review && {
			state: review.state,
			submittedByName: review.submittedByName,
			submittedAt: review.submittedAt,
			comment: review.comment,
			reviewedByName: review.reviewedByName,
			reviewedAt: review.reviewedAt
		},
		...base
	};
}

/** An editor sends the item back to its contributor with a comment. */
export const sendItemBack = (actor: Actor, type: WorkflowType, id: number, comment: string) =>
	sendBack(actor, type, id, comment);
