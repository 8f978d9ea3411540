using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImiPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RetentionAndRestriction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "RightsRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LegalHolds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PlacedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PlacedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReleasedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleasedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalHolds_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessingRestrictions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Ground = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AppliedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiftNoticeSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiftNoticeByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiftNotBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LiftReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LiftedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LiftedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessingRestrictions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcessingRestrictions_Members_MemberId",
                        column: x => x.MemberId,
                        principalTable: "Members",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProcessingRestrictions_RightsRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "RightsRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RetentionSweepRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionSweepRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionSweepLine",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CutoffUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Affected = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldBack = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionSweepLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RetentionSweepLine_RetentionSweepRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "RetentionSweepRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RightsRequests_ClosedAt",
                table: "RightsRequests",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PlacedAt",
                table: "Orders",
                column: "PlacedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Members_Status_UpdatedAt",
                table: "Members",
                columns: new[] { "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosures_DisclosedAt",
                table: "Disclosures",
                column: "DisclosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DetailsChanges_ChangedAt",
                table: "DetailsChanges",
                column: "ChangedAt");

            migrationBuilder.CreateIndex(
                name: "IX_LegalHolds_MemberId_ReleasedAt",
                table: "LegalHolds",
                columns: new[] { "MemberId", "ReleasedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRestrictions_MemberId_LiftedAt",
                table: "ProcessingRestrictions",
                columns: new[] { "MemberId", "LiftedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcessingRestrictions_RequestId",
                table: "ProcessingRestrictions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionSweepLine_RunId",
                table: "RetentionSweepLine",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionSweepRuns_StartedAt",
                table: "RetentionSweepRuns",
                column: "StartedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LegalHolds");

            migrationBuilder.DropTable(
                name: "ProcessingRestrictions");

            migrationBuilder.DropTable(
                name: "RetentionSweepLine");

            migrationBuilder.DropTable(
                name: "RetentionSweepRuns");

            migrationBuilder.DropIndex(
                name: "IX_RightsRequests_ClosedAt",
                table: "RightsRequests");

            migrationBuilder.DropIndex(
                name: "IX_Orders_PlacedAt",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Members_Status_UpdatedAt",
                table: "Members");

            migrationBuilder.DropIndex(
                name: "IX_Disclosures_DisclosedAt",
                table: "Disclosures");

            migrationBuilder.DropIndex(
                name: "IX_DetailsChanges_ChangedAt",
                table: "DetailsChanges");

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "RightsRequests");
        }
    }
}
