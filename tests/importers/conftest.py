"""Small invented issues in the markdown form of the sample, built in code for the tricky bits."""
from __future__ import annotations

import pytest

FRONT = """# 青溪科技

2024年第 **5** 期

总第 41 期

内部资料 免费交流

准印证号:S(2024)01000007

2024 年春耕机具展示

# 青溪科技

## 目录 / CONTENTS

### ■ 要闻

- 01 2024 年春耕机具展示
- 02 河湾镇试种耐盐水稻

### ■ 动态

{extra_entries}
### 编辑委员会

主任 林木  
副主任 (以姓氏笔画为序)  
方圆 石磊

印数：800 本

"""

BODY = """# 2024 年春耕机具展示

■ 三月里，县里的农机展在老粮站开幕，二十多家企业带来了插秧机和无人植保机。

展会第二天，来看的人比第一天多了一倍

，不少合作社当场签下订单。

# 河湾镇试种耐盐水稻

河湾镇今年在沿河滩地上试种耐盐水稻三百亩。
"""


def magazine(extra_entries: str = "- 03 新站启用\n", extra_body: str = "## 新站启用\n\n县里的气象新站本周启用。\n") -> str:
    return FRONT.format(extra_entries=extra_entries) + BODY + "\n" + extra_body


@pytest.fixture
def make_magazine():
    """magazine(extra_entries, extra_body): a tiny issue with two articles and what the test adds."""
    return magazine
