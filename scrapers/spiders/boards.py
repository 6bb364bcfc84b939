"""Runnable spiders, one per platform; all behaviour lives in the platform base spiders."""

from scrapers.platforms.ashby import AshbyBoardSpider
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.greenhouse import GreenhouseBoardSpider
from scrapers.platforms.hackernews import HackerNewsBoardSpider
from scrapers.platforms.jsonld import JsonLdBoardSpider
from scrapers.platforms.lever import LeverBoardSpider
from scrapers.platforms.personio import PersonioBoardSpider
from scrapers.platforms.recruitee import RecruiteeBoardSpider
from scrapers.platforms.remoteok import RemoteOkBoardSpider
from scrapers.platforms.remotive import RemotiveBoardSpider
from scrapers.platforms.smartrecruiters import SmartRecruitersBoardSpider
from scrapers.platforms.weworkremotely import WeWorkRemotelyBoardSpider
from scrapers.platforms.workable import WorkableBoardSpider


class GreenhouseSpider(GreenhouseBoardSpider):
    name = "greenhouse"


class LeverSpider(LeverBoardSpider):
    name = "lever"


class AshbySpider(AshbyBoardSpider):
    name = "ashby"


class WorkableSpider(WorkableBoardSpider):
    name = "workable"


class SmartRecruitersSpider(SmartRecruitersBoardSpider):
    name = "smartrecruiters"


class RecruiteeSpider(RecruiteeBoardSpider):
    name = "recruitee"


class PersonioSpider(PersonioBoardSpider):
    name = "personio"


class HackerNewsSpider(HackerNewsBoardSpider):
    name = "hackernews"


class RemoteOkSpider(RemoteOkBoardSpider):
    name = "remoteok"


class RemotiveSpider(RemotiveBoardSpider):
    name = "remotive"


class WeWorkRemotelySpider(WeWorkRemotelyBoardSpider):
    name = "weworkremotely"


class JsonLdSpider(JsonLdBoardSpider):
    name = "jsonld"


SPIDERS: dict[str, type[BoardSpider]] = {
    cls.platform: cls
    for cls in (GreenhouseSpider, LeverSpider, AshbySpider, WorkableSpider, SmartRecruitersSpider, RecruiteeSpider,
                PersonioSpider, HackerNewsSpider, RemoteOkSpider, RemotiveSpider, WeWorkRemotelySpider, JsonLdSpider)
}
