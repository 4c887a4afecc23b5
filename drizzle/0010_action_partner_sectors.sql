ALTER TABLE "actions" ADD COLUMN "partner_sectors" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Once: the sectors the insight view used to guess from the partners' names (the same words).
UPDATE "actions" SET "partner_sectors" = CASE
	WHEN "partners" ~ '^\s*$' THEN '{}'::text[]
	ELSE coalesce(nullif(array_remove(ARRAY[
		CASE WHEN "partners" ~* 'skole|oppvekst|sfo|aks\y|elev' THEN 'skole' END,
		CASE WHEN "partners" ~* 'barnehage' THEN 'barnehage' END,
		CASE WHEN "partners" ~* 'helse|psykisk|lege|omsorg|flyktning|introduks' THEN 'helse' END,
		CASE WHEN "partners" ~* '\ynav\y' THEN 'nav' END,
		CASE WHEN "partners" ~* 'bibliotek' THEN 'bibliotek' END,
		CASE WHEN "partners" ~* 'frivillig|lag\y|forening|idrett|korps|menighet' THEN 'frivillighet' END,
		CASE WHEN "partners" ~* 'kultur|kino|museum|kunst' THEN 'kultur' END
	]::text[], NULL), '{}'::text[]), ARRAY['annet']::text[])
END;
