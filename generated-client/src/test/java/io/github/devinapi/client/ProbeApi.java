package io.github.devinapi.client;

import io.github.devinapi.client.model.SuccessResponse;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/** Operations of every kind that the spec does not have (yet), to show the client treats any alike. */
interface ProbeApi {

    @GET("v2/probes/{id}")
    Call<SuccessResponse> get(@Path("id") String id);

    @PUT("v2/probes/{id}")
    Call<SuccessResponse> put(@Path("id") String id);

    @DELETE("v2/probes/{id}")
    Call<SuccessResponse> delete(@Path("id") String id);

    /** Not idempotent and not listed as safe to retry. */
    @POST("v2/probes")
    Call<SuccessResponse> create();

    @GET
    Call<SuccessResponse> at(@Url String url);

    @GET("v2/probes")
    Call<SuccessResponse> since(@Query("after") java.time.OffsetDateTime after, @Query("day") java.time.LocalDate day);

    @GET("v2/probes/free-form")
    Call<java.util.Map<String, Object>> freeForm();

    /** Answers a page, but takes no page parameters: not a paged operation. */
    @GET("v2/probes/page")
    Call<io.github.devinapi.client.model.PaginatedResponseUserOrgResponse> unpaged();
}
