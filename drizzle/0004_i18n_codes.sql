ALTER TABLE "content_versions" ADD COLUMN "note_message" jsonb;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "summary_message" jsonb;--> statement-breakpoint
-- Participant roles are stored as codes (forms/events.ts PARTICIPANT_ROLES); the labels are in the catalogues.
UPDATE "registrations" SET "role" = CASE "role"
	WHEN 'Kulturskoleleder' THEN 'kulturskoleleder'
	WHEN 'Lærer eller annen ansatt i kulturskolen' THEN 'kulturskoleansatt'
	WHEN 'Skoleeier eller kommunalsjef' THEN 'skoleeier'
	WHEN 'Leder i skole eller barnehage' THEN 'skoleleder'
	WHEN 'Ansatt i annen kommunal sektor' THEN 'kommunalt_ansatt'
	WHEN 'Folkevalgt' THEN 'folkevalgt'
	WHEN 'Norsk kulturskoleråd eller fylkesavdeling' THEN 'kulturskoleradet'
	WHEN 'KS' THEN 'ks'
	WHEN 'Annen rolle' THEN 'annen'
	ELSE "role" END
WHERE "role" IN ('Kulturskoleleder', 'Lærer eller annen ansatt i kulturskolen', 'Skoleeier eller kommunalsjef',
	'Leder i skole eller barnehage', 'Ansatt i annen kommunal sektor', 'Folkevalgt',
	'Norsk kulturskoleråd eller fylkesavdeling', 'KS', 'Annen rolle');
