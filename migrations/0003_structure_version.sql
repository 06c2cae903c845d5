ALTER TABLE `tenants` ADD `structure_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Existing tenants: no structure change is known to be older than the current version.
UPDATE `tenants` SET `structure_version` = `version`;
