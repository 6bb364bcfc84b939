"""The Scrapy project: one base spider per platform, boards as configuration, JSON Lines out."""
