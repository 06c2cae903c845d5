ALTER TABLE `tenants` ADD `version_at` integer;--> statement-breakpoint
ALTER TABLE `tenants` ADD `published_version` integer DEFAULT 0 NOT NULL;