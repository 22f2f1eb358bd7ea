"""The sample county catalogue of 大通县 (``python -m reformdesk.samples.datong_catalogue [DIR]``).

31 county departments and the 20 townships (the township names as in
samples/datong_enforcement.py, which are public) with their items and responsibility lists
(两单融合).  Among them, under their source departments, are the 113 powers delegated to
桥头镇 (samples/data/powers.csv: the same codes, names, types and bases; 备注 says how each
was delegated).  Everything else is illustrative and marked so in the catalogue's 说明
and in sample_plans/README.md: the department list (a typical county's), the further
items, the townships' own items, the supervision phone numbers.  Ids are uuid5 of
natural keys: a rebuild is identical.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from reformdesk.domain.catalogue.model import (
    ApprovalMark,
    Catalogue,
    CatalogueInfo,
    CatalogueItem,
    ExerciseLevel,
    Subject,
    SubjectKind,
    split_basis,
)
from reformdesk.domain.catalogue.responsibilities import SUPERVISION, accountability_for, steps_for
from reformdesk.domain.model import PowerType
from reformdesk.samples.datong_enforcement import TOWNSHIPS
from reformdesk.samples.qiaotou import read_csv

NAMESPACE = uuid.UUID("0b7c2e5d-41a6-4f0e-8d3b-6c9a1f2e7d40")
SAMPLE_FILE = "datong_catalogue.rdcatalog"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "sample_plans"
COUNTY = "大通县"
#: The county's administrative division code (the first part of every 职权编码).
COUNTY_CODE = "630121"
YEAR = 2026
DATE = dt.date(2026, 12, 1)
ILLUSTRATIVE = "示例"
NOTES = (
    "示例数据：乡镇名称为公开信息；县直部门名单按一般县级机构设置拟定，除下放桥头镇的113项外，"
    "其余事项、乡镇事项和监督电话均为示例，不是大通县实际公布的权责清单。"
)

T = PowerType
#: 职权编码's type part, as in the Qiaotou list (630121-SJ-CF-0001).
TYPE_CODES: dict[PowerType, str] = {
    T.LICENSING: "XK",
    T.PENALTY: "CF",
    T.ENFORCEMENT: "QZ",
    T.LEVY: "ZS",
    T.BENEFIT: "JF",
    T.INSPECTION: "JC",
    T.CONFIRMATION: "QR",
    T.REWARD: "JL",
    T.ADJUDICATION: "CJ",
    T.OTHER: "QT",
    T.PUBLIC_SERVICE: "GG",
}

#: The 31 departments: name, code part, and items beside the delegated ones (type, name, basis).
DEPARTMENTS: tuple[tuple[str, str, tuple[tuple[PowerType, str, str], ...]], ...] = (
    (
        "县发展和改革局",
        "FG",
        (
            (T.LICENSING, "企业投资项目核准", "《企业投资项目核准和备案管理条例》第三条"),
            (T.PENALTY, "对违反价格法规定的价格违法行为的处罚", "《中华人民共和国价格法》第三十九条"),
            (T.OTHER, "企业投资项目备案", "《企业投资项目核准和备案管理条例》第十三条"),
        ),
    ),
    (
        "县教育局",
        "JY",
        (
            (T.LICENSING, "民办学校（幼儿园）设立审批", "《中华人民共和国民办教育促进法》第十二条"),
            (T.BENEFIT, "学生资助金发放", "《中华人民共和国教育法》第三十八条"),
            (T.CONFIRMATION, "教师资格认定", "《教师资格条例》第十三条"),
        ),
    ),
    (
        "县工业商务和信息化局",
        "GX",
        (
            (
                T.LICENSING,
                "成品油零售经营资格审批（初审）",
                "《国务院对确需保留的行政审批项目设定行政许可的决定》第一百八十三项",
            ),
            (T.PENALTY, "对违反商业特许经营管理规定的处罚", "《商业特许经营管理条例》第二十四条"),
            (T.INSPECTION, "对报废机动车回收企业的监督检查", "《报废机动车回收管理办法》第二十条"),
        ),
    ),
    (
        "县公安局",
        "GA",
        (
            (T.LICENSING, "焰火晚会烟花爆竹燃放许可", "《烟花爆竹安全管理条例》第三十三条"),
            (T.PENALTY, "对扰乱单位秩序的处罚", "《中华人民共和国治安管理处罚法》第二十三条"),
            (T.CONFIRMATION, "户口登记", "《中华人民共和国户口登记条例》第三条"),
        ),
    ),
    (
        "县民政局",
        "MZ",
        (
            (T.LICENSING, "社会团体成立、变更、注销登记", "《社会团体登记管理条例》第三条"),
            (T.CONFIRMATION, "婚姻登记", "《婚姻登记条例》第二条"),
        ),
    ),
    (
        "县司法局",
        "SF",
        (
            (T.LICENSING, "基层法律服务工作者执业核准（初审）", "《基层法律服务工作者管理办法》第十二条"),
            (T.BENEFIT, "法律援助", "《中华人民共和国法律援助法》第二十二条"),
            (T.INSPECTION, "对律师事务所的监督检查", "《中华人民共和国律师法》第五十二条"),
        ),
    ),
    (
        "县财政局",
        "CZ",
        (
            (T.PENALTY, "对违反会计法规定行为的处罚", "《中华人民共和国会计法》第四十二条"),
            (T.INSPECTION, "对政府采购活动的监督检查", "《中华人民共和国政府采购法》第五十九条"),
        ),
    ),
    (
        "县人力资源和社会保障局",
        "RS",
        (
            (T.LICENSING, "劳务派遣经营许可", "《中华人民共和国劳动合同法》第五十七条"),
            (T.ADJUDICATION, "劳动人事争议仲裁", "《中华人民共和国劳动争议调解仲裁法》第五条"),
        ),
    ),
    (
        "县自然资源局",
        "ZR",
        (
            (T.LICENSING, "建设项目用地预审与选址意见书核发", "《中华人民共和国土地管理法》第五十二条"),
            (T.CONFIRMATION, "不动产登记", "《不动产登记暂行条例》第三条"),
        ),
    ),
    (
        "西宁市生态环境局大通分局",
        "HB",
        (
            (T.LICENSING, "建设项目环境影响评价文件审批", "《中华人民共和国环境影响评价法》第二十二条"),
            (T.PENALTY, "对超过大气污染物排放标准排放大气污染物的处罚", "《中华人民共和国大气污染防治法》第九十九条"),
        ),
    ),
    (
        "县住房和城乡建设局",
        "ZJ",
        (
            (T.LICENSING, "建筑工程施工许可证核发", "《中华人民共和国建筑法》第七条"),
            (T.CONFIRMATION, "房屋建筑和市政基础设施工程竣工验收备案", "《建设工程质量管理条例》第四十九条"),
        ),
    ),
    (
        "县交通运输局",
        "JT",
        (
            (T.LICENSING, "道路货物运输经营许可", "《中华人民共和国道路运输条例》第二十四条"),
            (T.LICENSING, "超限运输车辆行驶公路许可", "《中华人民共和国公路法》第五十条"),
        ),
    ),
    (
        "县水利局",
        "SL",
        (
            (T.LICENSING, "取水许可", "《取水许可和水资源费征收管理条例》第三条"),
            (T.LEVY, "水土保持补偿费征收", "《中华人民共和国水土保持法》第三十二条"),
        ),
    ),
    (
        "县农业农村和科技局",
        "NY",
        (
            (T.LICENSING, "农作物种子生产经营许可证核发", "《中华人民共和国种子法》第三十一条"),
            (T.LICENSING, "动物防疫条件合格证核发", "《中华人民共和国动物防疫法》第二十五条"),
        ),
    ),
    (
        "县文体旅游广电局",
        "WL",
        (
            (T.LICENSING, "娱乐场所从事娱乐场所经营活动审批", "《娱乐场所管理条例》第九条"),
            (T.LICENSING, "互联网上网服务营业场所经营单位设立审批", "《互联网上网服务营业场所管理条例》第八条"),
            (T.PENALTY, "对擅自从事娱乐场所经营活动的处罚", "《娱乐场所管理条例》第四十一条"),
            (T.PUBLIC_SERVICE, "公共文化场馆免费开放服务", "《中华人民共和国公共文化服务保障法》第三十一条"),
        ),
    ),
    (
        "县卫生健康局",
        "WJ",
        (
            (T.LICENSING, "医疗机构执业登记", "《医疗机构管理条例》第十四条"),
            (T.PENALTY, "对医疗机构使用非卫生技术人员从事医疗卫生技术工作的处罚", "《医疗机构管理条例》第四十七条"),
        ),
    ),
    (
        "县退役军人事务局",
        "TY",
        (
            (T.BENEFIT, "伤残抚恤金发放", "《伤残抚恤管理办法》第二十二条"),
            (T.CONFIRMATION, "退役士兵安置待遇审核确认", "《退役士兵安置条例》第十三条"),
        ),
    ),
    (
        "县应急管理局",
        "YJ",
        (
            (T.LICENSING, "危险化学品经营许可", "《危险化学品安全管理条例》第三十三条"),
            (T.PENALTY, "对生产经营单位未建立事故隐患排查治理制度的处罚", "《中华人民共和国安全生产法》第一百零二条"),
        ),
    ),
    (
        "县审计局",
        "SJJ",
        (
            (T.INSPECTION, "对本级预算执行情况的审计监督", "《中华人民共和国审计法》第十八条"),
            (T.PENALTY, "对被审计单位违反国家规定的财政收支行为的处理处罚", "《中华人民共和国审计法》第五十二条"),
        ),
    ),
    (
        "县市场监督管理局",
        "SJ",
        (
            (T.LICENSING, "食品生产许可", "《中华人民共和国食品安全法》第三十五条"),
            (T.CONFIRMATION, "企业登记注册", "《中华人民共和国市场主体登记管理条例》第三条"),
        ),
    ),
    (
        "县统计局",
        "TJ",
        (
            (T.PENALTY, "对统计调查对象提供不真实或者不完整的统计资料的处罚", "《中华人民共和国统计法》第四十一条"),
            (T.INSPECTION, "统计执法检查", "《中华人民共和国统计法》第三十五条"),
        ),
    ),
    (
        "县林业和草原局",
        "LC",
        (
            (T.LICENSING, "林草种子生产经营许可证核发", "《中华人民共和国种子法》第三十一条"),
            (T.LICENSING, "使用林地审核", "《中华人民共和国森林法》第三十七条"),
        ),
    ),
    (
        "县医疗保障局",
        "YB",
        (
            (T.BENEFIT, "城乡居民基本医疗保险待遇支付", "《中华人民共和国社会保险法》第二十五条"),
            (T.PENALTY, "对定点医药机构骗取医疗保障基金支出的处罚", "《医疗保障基金使用监督管理条例》第四十条"),
            (T.INSPECTION, "对定点医药机构的监督检查", "《医疗保障基金使用监督管理条例》第二十七条"),
        ),
    ),
    (
        "县乡村振兴局",
        "XC",
        (
            (T.BENEFIT, "雨露计划职业教育补助发放", "《青海省农村牧区扶贫开发条例》第二十二条"),
            (T.CONFIRMATION, "防止返贫监测对象认定", "《中华人民共和国乡村振兴促进法》第二十五条"),
        ),
    ),
    (
        "县政务服务监督管理局",
        "ZW",
        (
            (T.PUBLIC_SERVICE, "政务服务“好差评”受理", "《优化营商环境条例》第三十九条"),
            (T.OTHER, "公共资源交易活动监督管理", "《中华人民共和国招标投标法实施条例》第四条"),
        ),
    ),
    (
        "县民族宗教事务局",
        "MJ",
        (
            (T.LICENSING, "宗教活动场所筹备设立审批（初审）", "《宗教事务条例》第二十一条"),
            (T.PENALTY, "对擅自设立宗教活动场所的处罚", "《宗教事务条例》第六十九条"),
        ),
    ),
    (
        "县城市管理和综合执法局",
        "CG",
        (
            (
                T.LICENSING,
                "从事城市生活垃圾经营性清扫、收集、运输、处理服务审批",
                "《国务院对确需保留的行政审批项目设定行政许可的决定》第一百零二项",
            ),
            (
                T.PENALTY,
                "对在城市人民政府禁止的时段和区域内露天烧烤食品的处罚",
                "《中华人民共和国大气污染防治法》第一百一十八条",
            ),
            (T.ENFORCEMENT, "对违法建设工程的查封施工现场", "《中华人民共和国城乡规划法》第六十八条"),
        ),
    ),
    (
        "县气象局",
        "QX",
        (
            (T.LICENSING, "升放无人驾驶自由气球或者系留气球活动审批", "《通用航空飞行管制条例》第三十四条"),
            (T.PENALTY, "对危害气象探测环境行为的处罚", "《中华人民共和国气象法》第三十五条"),
        ),
    ),
    (
        "县消防救援大队",
        "XF",
        (
            (T.LICENSING, "公众聚集场所投入使用、营业前消防安全检查", "《中华人民共和国消防法》第十五条"),
            (T.INSPECTION, "消防监督检查", "《中华人民共和国消防法》第五十三条"),
            (T.PENALTY, "对占用、堵塞、封闭疏散通道、安全出口的处罚", "《中华人民共和国消防法》第六十条"),
        ),
    ),
    (
        "国家税务总局大通县税务局",
        "SW",
        (
            (T.LEVY, "税款征收", "《中华人民共和国税收征收管理法》第二十八条"),
            (T.PENALTY, "对纳税人未按照规定期限办理纳税申报的处罚", "《中华人民共和国税收征收管理法》第六十二条"),
            (T.CONFIRMATION, "纳税人税务登记", "《中华人民共和国税收征收管理法》第十五条"),
        ),
    ),
    (
        "县人民防空办公室",
        "RF",
        (
            (T.LICENSING, "人民防空工程拆除审批", "《中华人民共和国人民防空法》第二十八条"),
            (T.LEVY, "防空地下室易地建设费征收", "《中华人民共和国人民防空法》第二十二条"),
        ),
    ),
)

#: What every township exercises (the same items in each, with the township's code part).
TOWNSHIP_ITEMS: tuple[tuple[PowerType, str, str], ...] = (
    (T.LICENSING, "乡村建设规划许可证核发", "《中华人民共和国城乡规划法》第四十一条"),
    (T.LICENSING, "农村村民宅基地审批", "《中华人民共和国土地管理法》第六十二条"),
    (
        T.PENALTY,
        "对在乡、村庄规划区内未依法取得乡村建设规划许可证进行建设的处罚",
        "《中华人民共和国城乡规划法》第六十五条",
    ),
    (T.BENEFIT, "最低生活保障申请受理及初审", "《社会救助暂行办法》第十一条"),
    (T.CONFIRMATION, "居住证明出具", "《青海省居住证实施办法》第十二条"),
    (T.INSPECTION, "对辖区生产经营单位安全生产状况的监督检查", "《中华人民共和国安全生产法》第七十九条"),
    (T.ADJUDICATION, "土地、林地权属争议调处", "《中华人民共和国土地管理法》第十四条"),
    (T.PUBLIC_SERVICE, "农村留守儿童和困境儿童关爱服务", "《中华人民共和国未成年人保护法》第八十二条"),
)
#: The townships' code parts (汉语拼音 initials of the name).
TOWNSHIP_CODES: dict[str, str] = {
    "桥头镇": "QTZ",
    "城关镇": "CGZ",
    "塔尔镇": "TEZ",
    "东峡镇": "DXZ",
    "黄家寨镇": "HJZ",
    "长宁镇": "CNZ",
    "景阳镇": "JYZ",
    "多林镇": "DLZ",
    "新庄镇": "XZZ",
    "青林乡": "QLX",
    "青山乡": "QSX",
    "逊让乡": "XRX",
    "极乐乡": "JLX",
    "石山乡": "SSX",
    "宝库乡": "BKX",
    "斜沟乡": "XGX",
    "良教乡": "LJX",
    "向化藏族乡": "XHX",
    "桦林乡": "HLX",
    "朔北藏族乡": "SBX",
}


def stable_id(kind: str, key: str) -> str:
    return uuid.uuid5(NAMESPACE, f"datong-catalogue:{kind}:{key}").hex


def _phone(n: int) -> str:
    return f"0971-27{n:05d}"


def _item(
    code: str, name: str, subject: Subject, power_type: PowerType, basis: str, levels: list[str], phone: str, note: str
) -> CatalogueItem:
    law, clause = split_basis(basis)
    cases, accountability = accountability_for(power_type)
    return CatalogueItem(
        id=stable_id("item", code or f"{subject.name}·{name}"),
        code=code,
        name=name,
        parent_id=None,
        subject_id=subject.id,
        type=power_type,
        legal_basis=law,
        basis_clause=clause,
        levels=levels,
        responsibility_steps=steps_for(power_type),
        accountability_cases=cases,
        accountability_basis=accountability,
        supervision=SUPERVISION,
        supervision_phone=phone,
        integrity_risks="",
        note=note,
        approval=ApprovalMark.BY_TYPE,
        origins=[],
    )


def build() -> Catalogue:
    cat = Catalogue(
        info=CatalogueInfo(
            title=f"{COUNTY}权力清单和责任清单（{YEAR}年版）",
            county=COUNTY,
            office="大通县委机构编制委员会办公室",
            year=YEAR,
            date=DATE,
            notes=NOTES,
            lineage_id=stable_id("lineage", COUNTY),
        )
    )
    delegated = read_csv("powers.csv")
    by_department: dict[str, list[dict[str, str]]] = {}
    for r in delegated:
        by_department.setdefault(r["source_department"], []).append(r)
    county_levels = [ExerciseLevel.COUNTY.value]
    for n, (name, part, extra) in enumerate(DEPARTMENTS, start=1):
        subject = Subject(stable_id("subject", name), name, SubjectKind.DEPARTMENT, "", ILLUSTRATIVE)
        cat.subjects[subject.id] = subject
        phone = _phone(n * 10)
        code_ids: dict[str, str] = {}
        used: Counter[str] = Counter()
        for r in by_department.pop(name, []):
            power_type = PowerType(r["type"])
            item = _item(
                r["code"],
                r["name"],
                subject,
                power_type,
                r["legal_basis"],
                [ExerciseLevel.COUNTY.value, ExerciseLevel.TOWNSHIP.value],
                phone,
                f"已{r['mode']}桥头镇" if r["mode"] != "直接下放" else "已下放桥头镇",
            )
            if r["parent"]:
                item.parent_id = code_ids[r["parent"]]
            cat.items[item.id] = item
            code_ids[r["code"]] = item.id
            serial = r["code"].split("-")
            used[serial[2]] = max(used[serial[2]], int(serial[3]))
        for power_type, item_name, basis in extra:
            t = TYPE_CODES[power_type]
            used[t] += 1
            code = f"{COUNTY_CODE}-{part}-{t}-{used[t]:04d}"
            item = _item(code, item_name, subject, power_type, basis, county_levels, phone, "")
            cat.items[item.id] = item
    assert not by_department, f"delegated powers of departments not in the list: {sorted(by_department)}"
    for n, (name, _kind, _villages, _communities) in enumerate(TOWNSHIPS, start=1):
        subject = Subject(stable_id("subject", name), name, SubjectKind.TOWNSHIP, "", "")
        cat.subjects[subject.id] = subject
        part = TOWNSHIP_CODES[name]
        used = Counter()
        for power_type, item_name, basis in TOWNSHIP_ITEMS:
            t = TYPE_CODES[power_type]
            used[t] += 1
            code = f"{COUNTY_CODE}-{part}-{t}-{used[t]:04d}"
            item = _item(
                code, item_name, subject, power_type, basis, [ExerciseLevel.TOWNSHIP.value], _phone(500 + n), ""
            )
            cat.items[item.id] = item
    # The years since the base year (动态调整 records, 合并自/分设自): samples/datong_years.py.
    from reformdesk.samples.datong_years import add_history

    add_history(cat)
    return cat


def main(argv: Sequence[str] | None = None) -> int:
    from reformdesk.store.catalogue_file import save_catalogue

    parser = argparse.ArgumentParser(prog="python -m reformdesk.samples.datong_catalogue", description=__doc__)
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR, help="where to write the catalogue")
    args = parser.parse_args(argv)
    out: Path = args.directory
    out.mkdir(parents=True, exist_ok=True)
    cat = build()
    save_catalogue(cat, out / SAMPLE_FILE)
    print(f"{out / SAMPLE_FILE}: {len(cat.subjects)} 实施主体, {len(cat.items)} 事项")
    return 0


if __name__ == "__main__":
    sys.exit(main())
