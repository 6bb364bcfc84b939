"""The spiders `scrapy list` shows: one per platform; boards come from config/sources.yaml."""
