CREATE TABLE `most_read_stories` (
	`position` integer PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`slug` text NOT NULL,
	`headline` text NOT NULL,
	`reads` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `story_reads` (
	`article_id` integer NOT NULL,
	`period_start` integer NOT NULL,
	`reads` integer NOT NULL,
	PRIMARY KEY(`article_id`, `period_start`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `story_reads_period_idx` ON `story_reads` (`period_start`);