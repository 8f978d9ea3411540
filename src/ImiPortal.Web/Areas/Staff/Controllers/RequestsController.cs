using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.StaffRequests;
using ImiPortal.Web.Queries.StaffRequests;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// The rights-request queue, the register export and the request page with its steps. Member services and the
/// privacy officer work requests; extensions and refusals are the privacy officer's. Administrators manage accounts
/// and do not open requests. The rules of each step live in <see cref="RequestWorkflow"/>.
/// </summary>
[Area("Staff")]
[Authorize(Roles = Roles.RequestHandlers)]
public sealed class RequestsController(
    RequestQueueQuery queue,
    RequestDetailsQuery details,
    RequestWorkflow workflow,
    RequestRegisterCsvWriter register,
    IAuditLog audit,
    PortalDbContext db) : Controller
{
    private const string NoEmail = " No email was sent: the requester gave no email address, so tell them by post or phone.";

    private StaffActor Actor => new(User.UserId(), User.IsInRole(Roles.PrivacyOfficer));

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery, ValidateNever] RequestQueueFilter filter, CancellationToken cancellationToken)
    {
        // A filter is not a form: it is not validated (ValidateNever), and a value that does not bind is ignored rather
        // than reported.
        ModelState.Clear();
        return View(await queue.RunAsync(filter, User.UserId(), cancellationToken));
    }

    /// <summary>The request register as CSV, with the queue's filters, streamed.</summary>
    [HttpGet]
    public async Task<IActionResult> Export([FromQuery, ValidateNever] RequestQueueFilter filter, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        audit.Record("request.register-exported", null, nameof(RightsRequest), null,
            $"status={filter.Status}; type={filter.Type}; assignee={filter.Assignee}; due={filter.Due}; closed={filter.Closed}; search={!string.IsNullOrWhiteSpace(filter.Q)}");
        await db.SaveChangesAsync(cancellationToken);

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = "attachment; filename=\"request-register.csv\"";
        Response.Headers.CacheControl = "no-store";
        await register.WriteAsync(Response.Body, filter, User.UserId(), cancellationToken);
        return new EmptyResult();
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var model = await details.RunAsync(id, User.UserId(), Actor.IsPrivacyOfficer, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost]
    public Task<IActionResult> VerifyIdentity(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.VerifyIdentity))] VerifyIdentityInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.VerifyIdentity), m => m.VerifyIdentity = input, "Identity verification recorded.", emails: false,
            () => workflow.VerifyIdentityAsync(id, input.ConcurrencyStamp, Actor, input.Method!.Value, input.VerifiedOn!.Value, cancellationToken), cancellationToken);

    [HttpPost]
    public Task<IActionResult> RequestIdentity(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.RequestIdentity))] RequestIdentityInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.RequestIdentity), m => m.RequestIdentity = input, "ID asked for: the clock is stopped until it arrives.", emails: true,
            () => workflow.RequestIdentityAsync(id, input.ConcurrencyStamp, Actor, input.WhatWeNeed.Trim(), cancellationToken), cancellationToken);

    [HttpPost]
    public Task<IActionResult> IdentityReceived(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.Received))] ReceivedInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.Received), m => m.Received = input, "ID received: the month now runs from the date it arrived.", emails: false,
            () => workflow.ReceiveIdentityAsync(id, input.ConcurrencyStamp, Actor, input.ReceivedOn!.Value, cancellationToken), cancellationToken);

    [HttpPost]
    public Task<IActionResult> RequestClarification(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.RequestClarification))] RequestClarificationInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.RequestClarification), m => m.RequestClarification = input, "Question sent: the clock is paused until the answer arrives.", emails: true,
            () => workflow.RequestClarificationAsync(id, input.ConcurrencyStamp, Actor, input.Question.Trim(), cancellationToken), cancellationToken);

    [HttpPost]
    public Task<IActionResult> ClarificationReceived(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.Received))] ReceivedInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.Received), m => m.Received = input, "Clarification received: the clock runs again.", emails: false,
            () => workflow.ReceiveClarificationAsync(id, input.ConcurrencyStamp, Actor, input.ReceivedOn!.Value, cancellationToken), cancellationToken);

    [HttpPost]
    public Task<IActionResult> Assign(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.Assign))] AssignInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.Assign), m => m.Assign = input, input.AssigneeUserId is null ? "The request is now unassigned." : "The request is assigned.", emails: false,
            () => workflow.AssignAsync(id, input.ConcurrencyStamp, Actor, input.AssigneeUserId, cancellationToken), cancellationToken);

    [HttpPost]
    public Task<IActionResult> AddNote(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.Note))] NoteInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.Note), m => m.Note = input, "Note added.", emails: false,
            () => workflow.AddNoteAsync(id, input.ConcurrencyStamp, Actor, input.NoteText.Trim(), cancellationToken), cancellationToken);

    [HttpPost]
    [Authorize(Roles = Roles.PrivacyOfficer)]
    public Task<IActionResult> Extend(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.Extend))] ExtendInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.Extend), m => m.Extend = input, "Deadline extended and the requester told why.", emails: true,
            () => workflow.ExtendAsync(id, input.ConcurrencyStamp, Actor, input.ExtensionReason.Trim(), cancellationToken), cancellationToken);

    [HttpPost]
    public Task<IActionResult> Complete(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.Complete))] CompleteInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.Complete), m => m.Complete = input, "Request completed and the requester sent the outcome.", emails: true,
            () => workflow.CompleteAsync(id, input.ConcurrencyStamp, Actor, input.Outcome.Trim(), cancellationToken), cancellationToken);

    [HttpPost]
    [Authorize(Roles = Roles.PrivacyOfficer)]
    public Task<IActionResult> Refuse(Guid id, [Bind(Prefix = nameof(RequestDetailsViewModel.Refuse))] RefuseInput input, CancellationToken cancellationToken) =>
        StepAsync(id, nameof(RequestDetailsViewModel.Refuse), m => m.Refuse = input, "Request refused and the requester told why, with their right to complain.", emails: true,
            () => workflow.RefuseAsync(id, input.ConcurrencyStamp, Actor, input.RefusalReason!.Value, input.Exemption, input.Reasoning.Trim(), cancellationToken), cancellationToken);

    /// <summary>Runs a valid step and redirects (PRG); otherwise shows the request page again with the errors and the input kept.</summary>
    private async Task<IActionResult> StepAsync(
        Guid id, string prefix, Action<RequestDetailsViewModel> keepInput, string done, bool emails, Func<Task<WorkflowResult>> run, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var result = await run();
            if (result.Outcome == WorkflowOutcome.NotFound)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                TempData["Status"] = emails && !result.RequesterEmailed ? done + NoEmail : done;
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(result.Field is null ? "" : $"{prefix}.{result.Field}", result.Reason!);
        }

        var model = await details.RunAsync(id, User.UserId(), Actor.IsPrivacyOfficer, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        keepInput(model);
        return View(nameof(Details), model);
    }
}
