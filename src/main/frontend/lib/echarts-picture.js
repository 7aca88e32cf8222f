// ECharts for the views: a chart drawn on canvas in the page, and the same option rendered once
// more as SVG (server-side-rendering mode, in the browser) for the SVG download.
// Only the chart types and components the views use are bundled (echarts/core), not all of ECharts.
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart, LineChart, SankeyChart, TreemapChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, TitleComponent } from "echarts/components";
import { CanvasRenderer, SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, HeatmapChart, LineChart, SankeyChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent,
  TitleComponent, CanvasRenderer, SVGRenderer]);

export function drawChart(element, option) {
  const chart = echarts.init(element, null, { renderer: "canvas" });
  // Drawn at once, not animated: the view is ready (and its PNG complete) when the data is drawn.
  chart.setOption({ animation: false, ...option });
  window.addEventListener("resize", () => chart.resize());
  return chart;
}

export function pictureDownloads(chart, element) {
  return {
    png: () => chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }),
    svg: () => {
      const offscreen = echarts.init(null, null, {
        renderer: "svg",
        ssr: true,
        width: element.clientWidth,
        height: element.clientHeight,
      });
      offscreen.setOption({ ...chart.getOption(), animation: false });
      const svg = offscreen.renderToSVGString();
      offscreen.dispose();
      return URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    },
  };
}
