// A saved government web page: tags, scripts, styles and navigation go; entities are decoded;
// headings become Markdown headings and table rows tab-separated cells; page debris is dropped.
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../../graph-loader/src/normalise/html.ts';
import { normalise } from '../../../graph-loader/src/normalise/index.ts';

const PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>中国(湖南)自由贸易试验区岳阳片区实施方案 - 岳阳市人民政府</title>
  <style>body { font-size: 14px; } .nav > a { color: #333; }</style>
  <script>var _hmt = _hmt || []; if (a < b && c > d) { document.write("<p>广告</p>"); }</script>
</head>
<body>
  <div class="nav">当前位置: <a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 通知公告</div>
  <h1>中国(湖南)自由贸易试验区岳阳片区实施方案(征求意见稿)</h1>
  <div class="info">编稿时间: 2021-01-19 19:28&nbsp;&nbsp;来源: 岳阳市商务粮食局&nbsp;&nbsp;浏览: <span id="c">1024</span></div>
  <div class="content">
    <p>&nbsp;</p>
    <p style="text-indent:2em">为认真贯彻落实《国务院关于印发中国(湖南)自由贸易试验区总体方案的通知》(国发〔2020〕10号)，制定本实施方案。</p>
    <h2>一、总体目标</h2>
    <p>以制度创新为核心，推动&ldquo;一江碧水&rdquo;保护。<br>力争一年内落实率达50%。</p>
    <table>
      <tr><th>序号</th><th>任务</th><th>牵头单位</th></tr>
      <tr><td>1</td><td>深化&ldquo;证照分离&rdquo;改革</td><td>市市场监管局</td></tr>
    </table>
    <!-- 正文结束 -->
  </div>
  <div class="tools">【字体：大 中 小】 <a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
  <noscript>请开启JavaScript</noscript>
</body>
</html>`;

describe('saved HTML pages', () => {
  it('are recognised', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('一、总体目标\n以制度创新为核心 <注> 。')).toBe(false);
    const markdown = [
      '# 标题',
      '',
      '一、总体目标<br>',
      ...Array.from({ length: 6 }, (_, i) => `<span>第${i + 1}项</span>`),
    ].join('\n');
    expect(looksLikeHtml(markdown)).toBe(false);
    expect(normalise(markdown).text.split('\n')).toHaveLength(9);
  });

  it('become the plan text without markup or page debris', () => {
    const result = normalise(PAGE);
    expect(result.html).toBe(true);
    expect(result.text).toBe(
      [
        '# 中国(湖南)自由贸易试验区岳阳片区实施方案(征求意见稿)',
        '',
        '为认真贯彻落实《国务院关于印发中国(湖南)自由贸易试验区总体方案的通知》(国发〔2020〕10号)，制定本实施方案。',
        '',
        '## 一、总体目标',
        '',
        '以制度创新为核心，推动“一江碧水”保护。',
        '力争一年内落实率达50%。',
        '',
        '序号\t任务\t牵头单位',
        '1\t深化“证照分离”改革\t市市场监管局',
      ].join('\n'),
    );
    expect(result.dropped.map((d) => d.kind)).toEqual(['breadcrumb', 'page-meta', 'page-tool']);
  });

  it('in traditional characters are simplified too', () => {
    const result = normalise('<html><body><p>牽頭單位：岳陽海關</p><p>責任單位：市商務糧食局</p></body></html>');
    expect(result.text).toBe('牵头单位：岳阳海关\n\n责任单位：市商务粮食局');
    expect(result.script).toBe('Hant');
  });
});
