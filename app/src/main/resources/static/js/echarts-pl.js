// Numbers in every ECharts chart in the page's language: ECharts writes axis labels and tooltip values
// with its own English grouping ("2,100,000", "0.8") whatever the locale, so value axes, radar axes and
// tooltips without a formatter of their own get the browser's Intl formatting of the page language
// (Polish: "2 100 000", "0,8"). Loaded right after echarts.min.js; charts need no change.
(function () {
  "use strict";
  if (!window.echarts) {
    return;
  }
  var lang = document.documentElement.lang || "pl";
  function num(v) {
    if (typeof v !== "number" || !isFinite(v)) {
      return v == null ? "—" : v;
    }
    return v.toLocaleString(lang, {maximumFractionDigits: Math.abs(v) >= 100 ? 0 : 3});
  }
  function axes(list, valueByDefault) {
    (Array.isArray(list) ? list : [list]).forEach(function (a) {
      if (!a) {
        return;
      }
      var type = a.type || (valueByDefault ? "value" : "category");
      if (type === "value" || type === "log") {
        a.axisLabel = a.axisLabel || {};
        if (!a.axisLabel.formatter) {
          a.axisLabel.formatter = num;
        }
      }
    });
  }
  function localise(o) {
    if (!o) {
      return;
    }
    if (o.xAxis) {
      axes(o.xAxis, false);
    }
    if (o.yAxis) {
      axes(o.yAxis, true);
    }
    if (o.radar) {
      (Array.isArray(o.radar) ? o.radar : [o.radar]).forEach(function (r) {
        r.axisLabel = r.axisLabel || {};
        if (!r.axisLabel.formatter) {
          r.axisLabel.formatter = num;
        }
      });
    }
    if (o.tooltip && !o.tooltip.formatter && !o.tooltip.valueFormatter) {
      o.tooltip.valueFormatter = num;
    }
  }
  var init = echarts.init;
  echarts.init = function () {
    var chart = init.apply(echarts, arguments);
    var setOption = chart.setOption;
    chart.setOption = function (option) {
      localise(option);
      return setOption.apply(chart, arguments);
    };
    return chart;
  };
  window.miastoNumber = num;
})();
