CREATE TABLE `breaking_news` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`set_at` integer NOT NULL,
	`set_by` integer,
	`ends_at` integer NOT NULL,
	`cleared_at` integer,
	`cleared_by` integer,
	`end_recorded_at` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`set_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`cleared_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "breaking_news_ends_after_set" CHECK("breaking_news"."ends_at" > "breaking_news"."set_at")
);
--> statement-breakpoint
CREATE INDEX `breaking_news_article_idx` ON `breaking_news` (`article_id`);