CREATE TABLE `group_closure` (
	`tenant_id` text NOT NULL,
	`ancestor_id` text NOT NULL,
	`descendant_id` text NOT NULL,
	`depth` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `ancestor_id`, `descendant_id`)
);
--> statement-breakpoint
CREATE INDEX `group_closure_descendant_idx` ON `group_closure` (`tenant_id`,`descendant_id`);--> statement-breakpoint
CREATE TABLE `groups` (
	`tenant_id` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`parent_id` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `groups_parent_idx` ON `groups` (`tenant_id`,`parent_id`);--> statement-breakpoint
CREATE TABLE `role_permissions` (
	`tenant_id` text NOT NULL,
	`role_id` text NOT NULL,
	`permission` text NOT NULL,
	`level` text NOT NULL,
	`requires` text,
	PRIMARY KEY(`tenant_id`, `role_id`, `permission`)
);
--> statement-breakpoint
CREATE TABLE `role_reports` (
	`tenant_id` text NOT NULL,
	`role_id` text NOT NULL,
	`report_key` text NOT NULL,
	`requires` text,
	PRIMARY KEY(`tenant_id`, `role_id`, `report_key`)
);
--> statement-breakpoint
CREATE TABLE `roles` (
	`tenant_id` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`is_system` integer DEFAULT false NOT NULL,
	`coming_soon` integer DEFAULT false NOT NULL,
	`defaults` text,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `roles_name_key_idx` ON `roles` (`tenant_id`,`name_key`);--> statement-breakpoint
CREATE TABLE `tenants` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`products` text NOT NULL,
	`grant_scope` text DEFAULT 'siblings' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user_group_access` (
	`tenant_id` text NOT NULL,
	`user_id` text NOT NULL,
	`group_id` text NOT NULL,
	`allow` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `user_id`, `group_id`)
);
--> statement-breakpoint
CREATE INDEX `user_group_access_group_idx` ON `user_group_access` (`tenant_id`,`group_id`);--> statement-breakpoint
CREATE TABLE `user_reports` (
	`tenant_id` text NOT NULL,
	`user_id` text NOT NULL,
	`report_key` text NOT NULL,
	`grant` integer NOT NULL,
	PRIMARY KEY(`tenant_id`, `user_id`, `report_key`)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`tenant_id` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`role_id` text NOT NULL,
	`home_group_id` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`addon_audio` integer DEFAULT true NOT NULL,
	`addon_score` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	PRIMARY KEY(`tenant_id`, `id`),
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`tenant_id`,`role_id`);--> statement-breakpoint
CREATE INDEX `users_home_group_idx` ON `users` (`tenant_id`,`home_group_id`);