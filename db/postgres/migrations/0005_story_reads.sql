CREATE TABLE "most_read_stories" (
	"position" integer NOT NULL,
	"article_id" integer NOT NULL,
	"slug" text NOT NULL,
	"headline" text NOT NULL,
	"reads" integer NOT NULL,
	CONSTRAINT "most_read_stories_position_pk" PRIMARY KEY("position")
);
--> statement-breakpoint
CREATE TABLE "story_reads" (
	"article_id" integer NOT NULL,
	"period_start" timestamp (3) with time zone NOT NULL,
	"reads" integer NOT NULL,
	CONSTRAINT "story_reads_article_id_period_start_pk" PRIMARY KEY("article_id","period_start")
);
--> statement-breakpoint
ALTER TABLE "most_read_stories" ADD CONSTRAINT "most_read_stories_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_reads" ADD CONSTRAINT "story_reads_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "story_reads_period_idx" ON "story_reads" USING btree ("period_start");