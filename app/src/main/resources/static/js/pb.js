// Participatory-budget pages: the support bar chart, from the JSON block the server put in the page.
(function () {
  "use strict";
  var el = document.getElementById("pb-support-data");
  var box = document.getElementById("pb-support-chart");
  if (!el || !box || !window.echarts) {
    return;
  }
  var data = JSON.parse(el.textContent);
  var lang = document.documentElement.lang || "pl";
  var bars = data.bars.slice().reverse(); // the largest at the top
  box.style.height = Math.max(240, 22 * bars.length + 60) + "px";
  var chart = echarts.init(box, null, {renderer: "svg"});
  chart.setOption({
    grid: {left: 8, right: 24, top: 8, bottom: 24, containLabel: true},
    tooltip: {trigger: "item", valueFormatter: function (v) { return Number(v).toLocaleString(lang); }},
    xAxis: {type: "value"},
    yAxis: {type: "category", data: bars.map(function (b) { return b.name; }),
      axisLabel: {width: 220, overflow: "truncate"}},
    series: [{type: "bar", data: bars.map(function (b) {
      return {value: b.value, itemStyle: {color: b.funded ? "#1e6b2b" : "#8a9199"}};
    })}]
  });
  window.addEventListener("resize", function () { chart.resize(); });
})();
