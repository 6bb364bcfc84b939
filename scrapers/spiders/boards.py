"""Runnable spiders, one per platform; all behaviour lives in the platform base spiders."""

from scrapers.platforms.ashby import AshbyBoardSpider
from scrapers.platforms.greenhouse import GreenhouseBoardSpider
from scrapers.platforms.lever import LeverBoardSpider


class GreenhouseSpider(GreenhouseBoardSpider):
    name = "greenhouse"


class LeverSpider(LeverBoardSpider):
    name = "lever"


class AshbySpider(AshbyBoardSpider):
    name = "ashby"


SPIDERS = {cls.platform: cls for cls in (GreenhouseSpider, LeverSpider, AshbySpider)}
