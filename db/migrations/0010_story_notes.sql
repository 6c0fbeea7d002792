CREATE TABLE `story_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`written_at` integer NOT NULL,
	`written_by` integer,
	`supersedes` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`written_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`supersedes`) REFERENCES `story_notes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "story_notes_kind_known" CHECK("story_notes"."kind" in ('correction', 'clarification', 'update'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `story_notes_supersedes_unique` ON `story_notes` (`supersedes`);--> statement-breakpoint
CREATE INDEX `story_notes_article_idx` ON `story_notes` (`article_id`,`written_at`);--> statement-breakpoint
CREATE INDEX `story_notes_written_idx` ON `story_notes` (`written_at`,`id`);