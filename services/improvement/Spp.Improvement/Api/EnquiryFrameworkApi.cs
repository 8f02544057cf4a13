using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Spp.Contracts.Enquiry;
using Spp.Grains;
using Spp.Improvement.Enquiry;
using Spp.ServiceDefaults.OpenApi;

namespace Spp.Improvement.Api;

/// <summary>
/// The tenant's enquiry framework at <c>/api/v1/enquiry-framework</c>: every member reads it; tenant
/// admins adapt it. The bank grain is keyed by the caller's tenant, so another tenant's bank is never addressed.
/// </summary>
public static class EnquiryFrameworkApi
{
    private const string Root = "/api/v1/enquiry-framework";

    /// <summary>Maps the enquiry framework routes.</summary>
    public static RouteGroupBuilder MapEnquiryFrameworkApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Root)
            .WithDescribedTag("Enquiry framework", "The tenant's bank of enquiry questions that reviews draw on: added, reworded, retired and restored.")
            .RequireAuthorization(ImprovementPolicies.TenantMember)
            .AddEndpointFilter<PreconditionFailedFilter>();
        group.MapGet("/", GetFramework).WithName("GetEnquiryFramework");
        group.MapGet("/questions/{questionId}", GetQuestion).WithName("GetEnquiryQuestion");
        group.MapPost("/questions", AddQuestion).WithName("AddEnquiryQuestion")
            .AcceptsIdempotencyKey().ProducesValidationProblems().ProducesRuleViolations();
        group.MapPatch("/questions/{questionId}", RewordQuestion).WithName("RewordEnquiryQuestion")
            .WithChangeProblems().ProducesValidationProblems();
        group.MapPost("/questions/{questionId}/retire", RetireQuestion).WithName("RetireEnquiryQuestion")
            .WithChangeProblems();
        group.MapPost("/questions/{questionId}/restore", RestoreQuestion).WithName("RestoreEnquiryQuestion")
            .WithChangeProblems();
        return group;
    }

    internal static async Task<Ok<EnquiryBankView>> GetFramework(Caller caller, IGrainFactory grains, HttpResponse response, bool includeRetired = false)
    {
        var bank = await Bank(grains, caller).Get(includeRetired);
        response.Headers.ETag = bank.ETag;
        return TypedResults.Ok(bank);
    }

    internal static async Task<Results<Ok<EnquiryQuestionView>, ProblemHttpResult>> GetQuestion(string questionId, Caller caller, IGrainFactory grains, HttpResponse response)
    {
        if (!EnquiryQuestionRules.IsQuestionId(questionId))
        {
            return NotFound();
        }

        return Respond(response, await Bank(grains, caller).GetQuestion(questionId));
    }

    internal static async Task<Results<Created<EnquiryQuestionView>, ValidationProblem, ProblemHttpResult>> AddQuestion(
        AddEnquiryQuestionRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        Caller caller,
        IGrainFactory grains,
        TimeProvider time,
        HttpResponse response)
    {
        if (!caller.IsTenantAdmin)
        {
            return Forbidden();
        }

        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<EnquiryTheme>(request.Theme, ignoreCase: false, out var theme) || !Enum.IsDefined(theme) || int.TryParse(request.Theme, out _))
        {
            errors["theme"] = [$"Use one of: {string.Join(", ", Enum.GetNames<EnquiryTheme>())}."];
        }

        if (EnquiryQuestionRules.TextProblem(request.Text) is { } problem)
        {
            errors["text"] = [problem];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // Scoped to the tenant as well as the person: the same key in two tenants makes two questions.
        var id = IdempotentIds.For($"{caller.TenantId}/{caller.PersonId}", "enquiry-question", idempotencyKey, time).ToString("N");
        var question = await Bank(grains, caller).Add(id, theme, request.Text!, caller.PersonId!.Value);
        response.Headers.ETag = question.ETag;
        return TypedResults.Created($"{Root}/questions/{question.Id}", question);
    }

    internal static async Task<Results<Ok<EnquiryQuestionView>, ValidationProblem, ProblemHttpResult>> RewordQuestion(
        string questionId, RewordEnquiryQuestionRequest request, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (Refusal(questionId, caller, context, out var ifMatch) is { } refused)
        {
            return refused;
        }

        if (EnquiryQuestionRules.TextProblem(request.Text) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [problem] });
        }

        return Respond(context.Response, await Bank(grains, caller).Reword(questionId, request.Text!, caller.PersonId!.Value, ifMatch));
    }

    internal static async Task<Results<Ok<EnquiryQuestionView>, ProblemHttpResult>> RetireQuestion(
        string questionId, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (Refusal(questionId, caller, context, out var ifMatch) is { } refused)
        {
            return refused;
        }

        return Respond(context.Response, await Bank(grains, caller).Retire(questionId, caller.PersonId!.Value, ifMatch));
    }

    internal static async Task<Results<Ok<EnquiryQuestionView>, ProblemHttpResult>> RestoreQuestion(
        string questionId, Caller caller, IGrainFactory grains, HttpContext context)
    {
        if (Refusal(questionId, caller, context, out var ifMatch) is { } refused)
        {
            return refused;
        }

        return Respond(context.Response, await Bank(grains, caller).Restore(questionId, ifMatch));
    }

    /// <summary>Why a change to <paramref name="questionId"/> is refused before the grain is called, in the conventions' order (403, 404, 428).</summary>
    private static ProblemHttpResult? Refusal(string questionId, Caller caller, HttpContext context, out string? ifMatch)
    {
        ifMatch = null;
        if (!caller.IsTenantAdmin)
        {
            return Forbidden();
        }

        if (!EnquiryQuestionRules.IsQuestionId(questionId))
        {
            return NotFound();
        }

        (ifMatch, var missing) = Preconditions.RequireIfMatch(context.Request);
        return missing;
    }

    /// <summary>What a change to an existing question may answer besides success.</summary>
    private static RouteHandlerBuilder WithChangeProblems(this RouteHandlerBuilder route) => route
        .RequiresIfMatch().ProducesTransitionConflicts().ProducesRuleViolations();

    private static IEnquiryBankGrain Bank(IGrainFactory grains, Caller caller) => grains.GetGrain<IEnquiryBankGrain>(caller.TenantId!.Value);

    private static Ok<EnquiryQuestionView> Respond(HttpResponse response, EnquiryQuestionView question)
    {
        response.Headers.ETag = question.ETag;
        return TypedResults.Ok(question);
    }

    // The same answer as an unknown question of the bank, so a malformed id reveals nothing more.
    private static ProblemHttpResult NotFound() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found.",
        type: "https://spp-platform.org/problems/not-found");

    private static ProblemHttpResult Forbidden() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "Only the tenant's administrators may change the enquiry framework.",
        type: "https://spp-platform.org/problems/forbidden");
}

/// <summary>Body of a new question: its theme (e.g. <c>LookingInward</c>) and wording.</summary>
public sealed record AddEnquiryQuestionRequest(string? Theme, string? Text);

/// <summary>Body of a reword: the new wording.</summary>
public sealed record RewordEnquiryQuestionRequest(string? Text);
