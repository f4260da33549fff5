// Charts of the composite-index pages, drawn from the JSON data blocks the server put in the page.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "pl";
  function data(id) {
    var el = document.getElementById(id);
    if (!el || !el.textContent.trim()) return null;
    return JSON.parse(el.textContent);
  }
  function fmt(v, d) {
    return v == null ? "—" : Number(v).toLocaleString(lang, {minimumFractionDigits: d, maximumFractionDigits: d});
  }
  function chart(id) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) return null;
    var c = echarts.init(el, null, {renderer: "svg"});
    window.addEventListener("resize", function () { c.resize(); });
    return c;
  }
  var blue = "#1f5fa8", orange = "#b3400b", grey = "#545b64";

  var s = data("sensitivity-data"), sc = s && chart("sensitivity-chart");
  if (sc) {
    sc.setOption({
      color: [blue, orange],
      tooltip: {trigger: "axis", valueFormatter: function (v) { return fmt(v, 2); }},
      legend: {bottom: 0, data: s.labels},
      grid: {left: 8, right: 16, top: 16, bottom: 40, containLabel: true},
      xAxis: {type: "category", data: s.choices},
      yAxis: {type: "value", min: 0},
      series: [{name: s.labels[0], type: "bar", data: s.first}, {name: s.labels[1], type: "bar", data: s.total}]
    });
  }

  var r = data("radar-data"), rc = r && r.indicators.length >= 3 && chart("radar-chart");
  if (rc) {
    rc.setOption({
      color: [blue, orange, grey],
      tooltip: {},
      legend: {bottom: 0, data: r.series.map(function (x) { return x.name; })},
      radar: {indicator: r.indicators.map(function (i) { return {name: i.name, min: i.min, max: i.max}; }),
              radius: "58%", axisName: {color: "#1b1f24", overflow: "break", width: 90}},
      series: [{type: "radar", data: r.series.map(function (x, k) {
        return {name: x.name, value: x.values.map(function (v) { return v == null ? 0 : v; }),
                areaStyle: k === 0 ? {opacity: 0.15} : undefined, lineStyle: k === 2 ? {type: "dashed"} : undefined};
      })}]
    });
  } else if (document.getElementById("radar-chart")) {
    document.getElementById("radar-chart").style.display = "none";
  }

  var b = data("bars-data"), bc = b && b.values.length && chart("bars-chart");
  if (bc) {
    document.getElementById("bars-chart").style.height = Math.max(240, 28 * b.values.length + 60) + "px";
    bc.resize();
    bc.setOption({
      tooltip: {trigger: "axis", axisPointer: {type: "shadow"}, valueFormatter: function (v) { return fmt(v, 1); }},
      grid: {left: 8, right: 24, top: 24, bottom: 24, containLabel: true},
      xAxis: {type: "value", name: b.label, nameLocation: "middle", nameGap: 28},
      yAxis: {type: "category", data: b.names, axisLabel: {width: 160, overflow: "truncate"}},
      series: [{type: "bar", data: b.values.map(function (v) {
        return {value: v, itemStyle: {color: v >= 0 ? "#1e6b2b" : "#a12a0b"}};
      })}]
    });
  }

  function heatmap(dataId, chartId) {
    var h = data(dataId), hc = h && chart(chartId);
    if (!hc) return;
    var n = h.names.length;
    document.getElementById(chartId).style.height = Math.max(360, 28 * n + 240) + "px";
    hc.resize();
    hc.setOption({
      tooltip: {formatter: function (p) { return h.names[p.value[1]] + " × " + h.names[p.value[0]] + ": " + fmt(p.value[2], 2); }},
      grid: {left: 8, right: 16, top: 8, bottom: 80, containLabel: true},
      xAxis: {type: "category", data: h.names, axisLabel: {rotate: 60, width: 140, overflow: "truncate"}},
      yAxis: {type: "category", data: h.names, inverse: true, axisLabel: {width: 160, overflow: "truncate"}},
      visualMap: {min: -1, max: 1, calculable: false, orient: "horizontal", left: "center", bottom: 0,
                  inRange: {color: ["#a12a0b", "#f3f5f7", "#1f4f8a"]}},
      series: [{type: "heatmap", data: h.cells, label: {show: n <= 14, formatter: function (p) { return fmt(p.value[2], 1); }}}]
    });
  }
  heatmap("heatmap-data", "heatmap-chart");
  heatmap("heatmap2-data", "heatmap2-chart");
})();
