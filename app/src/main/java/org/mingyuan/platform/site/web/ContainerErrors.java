package org.mingyuan.platform.site.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before the application sees them (a request line or headers that
 * cannot be parsed, headers over the size limit) get a problem+json body under {@code /api} instead
 * of Tomcat's English HTML page; the answer is bilingual because the caller's language is unknown.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as problem details for the API and without server details elsewhere. */
    public static class ProblemReportValve extends ErrorReportValve {

        public ProblemReportValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getRequestURI();
            if (status < 400 || response.getContentWritten() > 0 || uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            if (!response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(
                            "{\"type\":\"about:blank\",\"title\":\"请求有误 Bad request\",\"status\":" + status
                                    + ",\"detail\":\"请求无法解析：地址或请求头不合规范或过大。"
                                    + " The request cannot be understood: its address or headers are malformed or too large.\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // the client is gone or the response is already closed; nothing more to tell it
            }
        }
    }
}
