package io.github.devinapi.contract.embedded;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** Matches every request by its {@link CanonicalPath}, as the recordings' URLs are. */
final class CanonicalPathFilter implements StubRequestFilterV2 {

    @Override
    public String getName() {
        return "canonical-path";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        return RequestFilterAction.continueWith(RequestWrapper.create()
                .transformAbsoluteUrl(absolute -> {
                    int pathStart = absolute.indexOf('/', absolute.indexOf("//") + 2);
                    return pathStart < 0
                            ? absolute
                            : absolute.substring(0, pathStart) + CanonicalPath.of(absolute.substring(pathStart));
                })
                .wrap(request));
    }
}
