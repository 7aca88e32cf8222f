// A Yasr plugin that draws a SELECT result as a bar, line or pie chart with ECharts (bundled, as for
// the views): one category variable along the axis, one numeric variable as the value. Drawn as SVG,
// so the picture downloads as SVG and its text can be read by screen readers and tests alike.
import * as echarts from "echarts/core";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { categoryVariables, number, numericVariables, text, variableSelect } from "./result-columns.js";

echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, SVGRenderer]);

const CHART_TYPES = ["bar", "line", "pie"];

/** The plugin class, with its texts (labels.chart, labels.category, labels.value, labels.type, labels.types, labels.description). */
export function chartPlugin(labels) {
  return class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = labels.chart;
      this.priority = 5;
      this.config = {};
    }

    canHandleResults() {
      const r = this.yasr.results;
      if (!r || r.getType() !== "json" || !r.getVariables()) return false;
      const bindings = r.getBindings() || [];
      return numericVariables(r.getVariables(), bindings).length > 0 && bindings.length > 0;
    }

    getIcon() {
      const icon = document.createElement("span");
      icon.className = "lsgraph-plugin-icon";
      icon.setAttribute("aria-hidden", "true");
      icon.textContent = "▇";
      return icon;
    }

    draw(persistentConfig) {
      const variables = this.yasr.results.getVariables();
      const bindings = this.yasr.results.getBindings();
      const numeric = numericVariables(variables, bindings);
      const categories = categoryVariables(variables, bindings);
      const saved = persistentConfig || {};
      this.config = {
        category: variables.includes(saved.category) ? saved.category : categories[0] || variables[0],
        value: numeric.includes(saved.value) ? saved.value : numeric[0],
        type: CHART_TYPES.includes(saved.type) ? saved.type : "bar",
      };
      this.drawControls(variables, numeric);
      this.drawChart(bindings);
    }

    drawControls(variables, numeric) {
      const controls = document.createElement("div");
      controls.className = "lsgraph-plugin-controls";
      const redraw = (key) => (value) => {
        this.config[key] = value;
        this.yasr.storePluginConfig("chart", this.config);
        this.drawChart(this.yasr.results.getBindings());
      };
      controls.append(
        variableSelect(labels.category, variables, this.config.category, redraw("category")),
        variableSelect(labels.value, numeric, this.config.value, redraw("value")),
        variableSelect(labels.type, [], this.config.type, redraw("type"), CHART_TYPES.map((t) => [t, labels.types[t]])));
      this.yasr.pluginControls.replaceChildren(controls);
    }

    drawChart(bindings) {
      const prefixes = this.yasr.getPrefixes();
      const { category, value, type } = this.config;
      const names = bindings.map((b) => text(b[category], prefixes));
      const values = bindings.map((b) => number(b[value]));
      if (this.chart) this.chart.dispose();
      const element = document.createElement("div");
      element.className = "lsgraph-chart";
      element.setAttribute("role", "img");
      element.setAttribute("aria-label", labels.description
        .replace("{type}", labels.types[type]).replace("{count}", String(values.length))
        .replace("{value}", "?" + value).replace("{category}", "?" + category));
      element.dataset.items = String(values.length);
      this.yasr.resultsEl.replaceChildren(element);
      this.chart = echarts.init(element, null, { renderer: "svg", height: Math.max(320, type === "pie" ? 420 : 360) });
      this.chart.setOption(type === "pie" ? pie(names, values) : cartesian(type, names, values, value), true);
      this.resize = () => this.chart && this.chart.resize();
      window.addEventListener("resize", this.resize);
    }

    download(filename) {
      if (!this.chart) return undefined;
      const url = this.chart.getDataURL({ type: "svg" });
      return {
        contentType: "image/svg+xml",
        getData: () => decodeURIComponent(url.slice(url.indexOf(",") + 1)),
        filename: (filename || "result") + ".svg",
        title: labels.download,
      };
    }

    destroy() {
      if (this.resize) window.removeEventListener("resize", this.resize);
      if (this.chart) this.chart.dispose();
      this.chart = undefined;
    }
  };
}

function cartesian(type, names, values, value) {
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 40 : 0, width: 160, overflow: "truncate" } },
    yAxis: { type: "value" },
    series: [{ type, name: "?" + value, data: values }],
  };
}

function pie(names, values) {
  return {
    animation: false,
    tooltip: { trigger: "item" },
    series: [{ type: "pie", radius: "60%", data: names.map((name, i) => ({ name, value: values[i] })),
      label: { width: 160, overflow: "truncate" } }],
  };
}
