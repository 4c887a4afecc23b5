/**
 * The whole fremtidsbilde in one piece: for the printable summary page and the PDF. Names of
 * people are left out unless asked for (exports carry no personal data by default).
 */
import { desc, eq } from 'drizzle-orm';
import { db } from '../db/client';
import { rounds } from './schema';
import type { Actor } from '../accounts/actor';
import { now } from '../clock';
import { chosenGoals, listPlans, workspaceHeader } from './workspace.service';
import { compositionOf, groupMembers, groupView } from './group.service';
import { stakeholdersOf } from './pictures.service';
import { development, listRounds, roundResults } from './rounds.service';
import { actionRows, logRows } from './actions.service';
import { developmentChart, gapChart } from './chart';
import { listIndicators } from './indicators.service';
import { actionStatuses, groupRoles } from '$lib/forms/fremtidsbilde';

export async function summaryOf(actor: Actor | null, nr: string, opts: { withNames: boolean }) {
	const header = await workspaceHeader(actor, nr);
	const [members, plans, chosen, dev, actionList, log, [latest], indicatorList] = await Promise.all(
		[
			groupMembers(actor, nr),
			listPlans(actor, nr),
			chosenGoals(actor, nr),
			development(actor, nr),
			actionRows(actor, nr),
			logRows(actor, nr),
			db
				.select({ id: rounds.id })
				.from(rounds)
				.where(eq(rounds.municipalityNumber, nr))
				.orderBy(desc(rounds.openedAt), desc(rounds.id))
				.limit(1),
			listIndicators(actor, nr)
		]
	);
	const stake = await stakeholdersOf(chosen.map((g) => g.id));
	const latestRound = latest ? await roundResults(actor, nr, latest.id) : null;
	const goalsOut = chosen.map((g) => {
		const d = dev.goals.find((x) => x.id === g.id);
		const fromRound = latestRound?.goals.find((x) => x.goalId === g.goalId);
		return {
			id: g.id,
			title: g.title,
			targetPicture: g.targetPicture,
			signs: g.signs,
			targetLevel: g.targetLevel,
			current: d?.current ?? null,
			gap: g.gap,
			stakeholders: stake.filter((s) => s.workspaceGoalId === g.id),
			latestMean: fromRound?.result && fromRound.result.released ? fromRound.result.mean : null,
			conclusion: fromRound?.conclusion ?? null,
			actions: actionList
				.filter((a) => a.workspaceGoalId === g.id)
				.map((a) => ({
					...a,
					responsible: opts.withNames ? a.responsible : null,
					indicators: indicatorList
						.filter((i) => i.actions.some((x) => x.id === a.id))
						.map((i) => i.name)
				})),
			// Who recorded a value is personal: named only when asked for.
			indicators: indicatorList
				.filter((i) => i.workspaceGoalId === g.id)
				.map((i) => ({
					...i,
					values: i.values.map((v) => ({
						...v,
						recordedBy: opts.withNames ? v.recordedBy : null
					}))
				}))
		};
	});
	return {
		generatedAt: now(),
		withNames: opts.withNames,
		municipality: { number: nr, name: header.name },
		focusArea: header.focusArea,
		sharedAt: header.sharedAt,
		group: {
			size: members.length,
			composition: compositionOf(members),
			byRole: groupRoles.map((role) => ({
				role,
				count: members.filter((m) => m.groupRole === role).length,
				sectors: [
					...new Set(members.filter((m) => m.groupRole === role && m.sector).map((m) => m.sector!))
				]
			})),
			members: opts.withNames
				? members.map((m) => ({
						name: m.name,
						role: m.role,
						groupRole: m.groupRole,
						sector: m.sector
					}))
				: []
		},
		plans,
		goals: goalsOut,
		latestRound: latestRound && {
			title: latestRound.round.title,
			respondents: latestRound.results.respondents,
			released: latestRound.results.released,
			open: latestRound.round.open
		},
		development: dev,
		gapChart: gapChart(goalsOut),
		developmentChart: dev.rounds.length ? developmentChart(dev.rounds, dev.goals) : null,
		log: log.map((e) => ({ ...e, authorName: opts.withNames ? e.authorName : null }))
	};
}

export type Summary = Awaited<ReturnType<typeof summaryOf>>;

/** The workspace's front page: how far the group has come in each part. */
export async function overviewOf(actor: Actor | null, nr: string) {
	const [group, chosen, roundList, actionList, log] = await Promise.all([
		groupView(actor, nr),
		chosenGoals(actor, nr),
		listRounds(actor, nr),
		actionRows(actor, nr),
		logRows(actor, nr)
	]);
	return {
		group: { size: group.members.length, composition: group.composition },
		goals: chosen.map((g) => ({
			id: g.id,
			title: g.title,
			hasTarget: g.targetPicture.trim() !== '',
			hasGap: g.gap.trim() !== ''
		})),
		openRound: roundList.find((r) => r.open) ?? null,
		rounds: roundList.length,
		actions: actionStatuses.map((status) => ({
			status,
			count: actionList.filter((a) => a.status === status).length
		})),
		lastLog: log.length
			? [...log].sort((a, b) => b.happenedOn.localeCompare(a.happenedOn))[0]
			: null,
		logCount: log.length
	};
}
