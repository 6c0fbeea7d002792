CREATE TABLE `article_redirects` (
	`path` text PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `imported_stories` (
	`source` text NOT NULL,
	`source_id` text NOT NULL,
	`article_id` integer NOT NULL,
	`source_image_url` text,
	PRIMARY KEY(`source`, `source_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
